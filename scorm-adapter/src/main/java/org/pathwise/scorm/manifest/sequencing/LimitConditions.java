package org.pathwise.scorm.manifest.sequencing;

/**
 * {@code imsss:limitConditions}.
 *
 * @param attemptLimit null when unlimited
 * @param attemptAbsoluteDurationLimit an ISO 8601 duration, null when none
 */
public record LimitConditions(Integer attemptLimit, String attemptAbsoluteDurationLimit) {}
