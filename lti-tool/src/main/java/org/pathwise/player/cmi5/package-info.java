/**
 * The cmi5 LMS side: registrations, AU launch sessions (launch URL, single-use fetch URL, LMS.LaunchData, launched),
 * abandoned/waived/satisfied statements and moveOn evaluation, glue around {@code org.pathwise.scorm.cmi5.lms}.
 */
package org.pathwise.player.cmi5;
