package org.pathwise.learning.sequencing;

import java.time.Duration;

/**
 * The sequencer's thresholds.
 *
 * @param masteryThreshold probability of mastery at which a competency counts as mastered
 * @param wrongAnswersForReview this many wrong answers in a row on a prerequisite competency trigger its review
 * @param lowPrerequisiteMastery a prerequisite below this mastery is reviewed when the learner struggles
 * @param accelerateMargin ability minus difficulty (logits) above which optional practice is skipped
 * @param inactivityAfter no activity for this long flags the learner at risk
 * @param repeatedFailures this many failures on one module flag the learner at risk
 * @param studyPerDay how much study time a day is assumed when weighing remaining work against a due date
 */
public record SequencerSettings(
        double masteryThreshold,
        int wrongAnswersForReview,
        double lowPrerequisiteMastery,
        double accelerateMargin,
        Duration inactivityAfter,
        int repeatedFailures,
        Duration studyPerDay) {

    public static final SequencerSettings DEFAULT =
            new SequencerSettings(0.95, 2, 0.6, 1.5, Duration.ofDays(7), 3, Duration.ofHours(1));

    public SequencerSettings {
        if (!(masteryThreshold > 0 && masteryThreshold < 1) || !(lowPrerequisiteMastery >= 0)) {
            throw new IllegalArgumentException("thresholds must be probabilities, mastery strictly inside (0,1)");
        }
        if (wrongAnswersForReview < 1 || repeatedFailures < 1 || studyPerDay.isZero() || studyPerDay.isNegative()) {
            throw new IllegalArgumentException("counts must be at least 1 and study time positive");
        }
    }

    public SequencerSettings withMasteryThreshold(double threshold) {
        return new SequencerSettings(
                threshold,
                wrongAnswersForReview,
                lowPrerequisiteMastery,
                accelerateMargin,
                inactivityAfter,
                repeatedFailures,
                studyPerDay);
    }
}
