package org.pathwise.learning.model;

/**
 * Elo rating settings with an uncertainty function (Pelánek 2016): the step after n answers is {@code a / (1 + b n)},
 * large at first so new learners and items move fast, then smaller as the estimate settles.
 *
 * @param learnerA initial step of a learner's ability
 * @param learnerB how fast a learner's step shrinks with answers
 * @param itemA initial step of an item's difficulty
 * @param itemB how fast an item's step shrinks with answers
 */
public record EloSettings(double learnerA, double learnerB, double itemA, double itemB) {

    public static final EloSettings DEFAULT = new EloSettings(0.4, 0.02, 0.8, 0.05);

    public EloSettings {
        if (learnerA < 0 || learnerB < 0 || itemA < 0 || itemB < 0) {
            throw LearnerModelException.invalid("Elo steps must not be negative");
        }
    }
}
