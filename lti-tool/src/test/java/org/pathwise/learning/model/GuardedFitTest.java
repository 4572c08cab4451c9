package org.pathwise.learning.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The guarded fit does not learn from an answer logged twice (once per skill of its item, as in ASSIST2009). */
class GuardedFitTest {

    static final int LEARNER_LAST = Features.NAMES.indexOf("learnerLast");

    /** Independent coin-flip answers, each logged as a row for skill a and then the same outcome for skill b. */
    static List<Observation> duplicatedRows(Random random) {
        List<Observation> out = new ArrayList<>();
        long minute = 0;
        for (int learner = 0; learner < 200; learner++) {
            for (int t = 0; t < 10; t++) {
                double outcome = random.nextBoolean() ? 1 : 0;
                out.add(Observation.of("l" + learner, "a", null, outcome, Instant.ofEpochSecond(60 * minute++)));
                out.add(Observation.of("l" + learner, "b", null, outcome, Instant.ofEpochSecond(60 * minute++)));
            }
        }
        return out;
    }

    @Test
    void theUnguardedFitReadsTheDuplicateAndTheGuardedFitDoesNot() {
        List<Observation> record = duplicatedRows(new Random(3));
        LearnerModelFitter fitter = new LearnerModelFitter(FitSettings.DEFAULT);

        double unguarded = fitter.fit(record).weights().get(LEARNER_LAST);
        double guarded = fitter.fitGuarded(record).weights().get(LEARNER_LAST);

        assertThat(unguarded)
                .as("the previous row is the same answer half the time")
                .isGreaterThan(1.0);
        assertThat(Math.abs(guarded)).as("answers are independent coin flips").isLessThan(0.3);
    }
}
