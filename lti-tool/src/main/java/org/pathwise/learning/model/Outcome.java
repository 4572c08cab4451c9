package org.pathwise.learning.model;

import java.time.Instant;

/**
 * One past answer of a learner on a skill, for explanations such as "your last two answers on it were wrong".
 *
 * @param itemId the item answered, or {@code null}
 * @param score the score obtained, 0 to 1
 * @param timestamp when
 */
public record Outcome(String itemId, double score, Instant timestamp) {}
