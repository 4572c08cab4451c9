package org.pathwise.lti.grades;

import java.time.Instant;

/**
 * One score in the queue.
 *
 * @param status {@code PENDING}, {@code SENT}, {@code FAILED} (gave up) or {@code SUPERSEDED} (a newer score for the
 *     same user and line item was queued before this one was sent)
 */
public record QueuedScore(
        long id,
        long platformId,
        String lineItemUrl,
        String userSub,
        Double scoreGiven,
        Double scoreMaximum,
        String activityProgress,
        String gradingProgress,
        Instant timestamp,
        String status,
        int attempts,
        Instant nextAttemptAt,
        Instant sentAt,
        String lastError) {}
