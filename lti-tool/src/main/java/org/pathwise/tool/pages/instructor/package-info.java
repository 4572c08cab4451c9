/** The instructor's pages after an LTI launch: content library with upload, class dashboard, learner detail. */
package org.pathwise.tool.pages.instructor;
