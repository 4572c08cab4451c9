package org.pathwise.learning.model;

import java.time.Duration;
import java.util.Optional;

/**
 * Forgetting between practice sessions: mastery decays exponentially from its value at the last practice towards the
 * skill's prior (pInit), with a half-life that grows with each successful practice (spacing effect), capped.
 *
 * @param baseHalfLife half-life of a skill never answered correctly
 * @param growthPerSuccess factor the half-life is multiplied by for each correct answer on the skill
 * @param maxHalfLife upper bound on the half-life
 */
public record ForgettingParameters(Duration baseHalfLife, double growthPerSuccess, Duration maxHalfLife) {

    /** Defaults: 2 days, doubled by each success, at most a year. Not fitted: ASSIST2009 has no timestamps. */
    public static final ForgettingParameters DEFAULT =
            new ForgettingParameters(Duration.ofDays(2), 2.0, Duration.ofDays(365));

    public ForgettingParameters {
        if (baseHalfLife.isNegative() || baseHalfLife.isZero() || growthPerSuccess < 1 || maxHalfLife.isNegative()) {
            throw LearnerModelException.invalid("forgetting needs a positive half-life and a growth of at least 1");
        }
    }

    /** The half-life, in hours, after the given number of correct answers. */
    public double halfLifeHours(int successes) {
        double hours = baseHalfLife.toMillis() / 3.6e6 * Math.pow(growthPerSuccess, Math.min(successes, 60));
        return Math.min(hours, maxHalfLife.toMillis() / 3.6e6);
    }

    /** Mastery after {@code elapsed} without practice, starting from {@code mastery} and decaying to {@code floor}. */
    public double decayed(double mastery, double floor, Duration elapsed, int successes) {
        if (mastery <= floor || elapsed.isNegative()) {
            return mastery;
        }
        double hours = elapsed.toMillis() / 3.6e6;
        return floor + (mastery - floor) * Math.pow(2, -hours / halfLifeHours(successes));
    }

    /**
     * How long after the last practice the decayed mastery falls below {@code threshold}: zero if it already starts
     * below, empty if it never does (the threshold is at or below the floor).
     */
    public Optional<Duration> timeUntilBelow(double mastery, double floor, double threshold, int successes) {
        if (mastery < threshold) {
            return Optional.of(Duration.ZERO);
        }
        if (threshold <= floor) {
            return Optional.empty();
        }
        double halfLives = Math.log((mastery - floor) / (threshold - floor)) / Math.log(2);
        return Optional.of(Duration.ofMillis(Math.round(halfLives * halfLifeHours(successes) * 3.6e6)));
    }
}
