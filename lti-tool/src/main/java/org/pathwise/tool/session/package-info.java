/** The tool's own session after an LTI launch: who the user is, in which course and link, for every page and API. */
package org.pathwise.tool.session;
