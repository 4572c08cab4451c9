/** The SCORM run-time rules an LMS applies, pure: launch seeding, entry/exit, session time, status and score judgement. */
package org.pathwise.scorm.runtime;
