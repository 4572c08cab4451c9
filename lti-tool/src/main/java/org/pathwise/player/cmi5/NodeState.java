package org.pathwise.player.cmi5;

import org.pathwise.scorm.cmi5.lms.AuStatus;

/** What the LMS knows about an AU (its status) or a block/course (satisfied) within a registration. */
public record NodeState(String publisherId, AuStatus status, boolean satisfied) {}
