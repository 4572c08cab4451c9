/** The LTI endpoints and pages: login, launch, dynamic registration, deep linking, platform storage and error pages. */
package org.pathwise.lti.web;
