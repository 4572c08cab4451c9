/** What every page shares: the layout, externalised strings per locale, security headers and CSRF tokens. */
package org.pathwise.tool.pages.web;
