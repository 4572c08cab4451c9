/** The built-in demo LMS (pathwise.demo.enabled): launches through the real LTI flow, a gradebook of received scores. */
package org.pathwise.lti.demo;
