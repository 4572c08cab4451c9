package org.pathwise.learning.sequencing;

import java.time.Instant;

/**
 * When a mastered competency is expected to decay below the mastery threshold, so a review is due.
 *
 * @param competencyId the competency
 * @param dueAt when its mastery is predicted to fall below the threshold
 */
public record ScheduledReview(String competencyId, Instant dueAt) {}
