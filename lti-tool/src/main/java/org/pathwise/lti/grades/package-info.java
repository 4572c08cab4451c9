/** Grades back to the platform (AGS): a durable score queue with a scheduled sender; the roster (NRPS) API. */
package org.pathwise.lti.grades;
