/**
 * The cmi5 LMS side as pure rules: moveOn and block/course satisfaction, the LMS-made activity ids, the
 * {@code LMS.LaunchData} document, the launch URL and the statements the LMS issues (launched, abandoned, satisfied,
 * waived).
 */
package org.pathwise.scorm.cmi5.lms;
