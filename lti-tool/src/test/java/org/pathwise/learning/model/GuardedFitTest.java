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

    @Test
    void theGuardLearntOnSkillPairsAlsoKeepsTheDuplicateOutOfTheFit() {
        List<Observation> record = duplicatedRows(new Random(3));
        DuplicateRowGuard guard = DuplicateRowGuard.learn(record, 0.9, 30);

        double weight = new LearnerModelFitter(FitSettings.DEFAULT)
                .fitGuarded(record, guard, 4)
                .weights()
                .get(LEARNER_LAST);

        assertThat(Math.abs(weight)).as("answers are independent coin flips").isLessThan(0.3);
    }

    @Test
    void aSkillPairWhoseRowsAlwaysAgreeMayRepeatAndTheReversePairIsGenuine() {
        DuplicateRowGuard guard = DuplicateRowGuard.learn(duplicatedRows(new Random(5)), 0.9, 30);

        assertThat(guard.mayRepeat(List.of("a"), List.of("b")))
                .as("a then b is one answer logged twice")
                .isTrue();
        assertThat(guard.mayRepeat(List.of("b"), List.of("a")))
                .as("b then a are two coin flips: they agree about half the time")
                .isFalse();
        assertThat(guard.mayRepeat(List.of("a"), List.of("c")))
                .as("a pair never seen is hidden for want of evidence")
                .isTrue();
        assertThat(guard.mayRepeat(List.of("a"), List.of("a"))).isFalse();
        assertThat(DuplicateRowGuard.ANY_OTHER_SKILL.mayRepeat(List.of("b"), List.of("a")))
                .isTrue();
    }

    @Test
    void allRowsOfAThreeSkillItemStayHiddenUntilTheItemsLastRowIsPredicted() {
        List<Observation> consumed = new ArrayList<>();
        GuardedReplay replay = new GuardedReplay(DuplicateRowGuard.ANY_OTHER_SKILL, 4, consumed::add);
        Observation a = row("a", 0);
        Observation b = row("b", 1);
        Observation c = row("c", 2);
        Observation nextA = row("a", 3);

        replay.beforePredicting(a);
        replay.afterPredicting(a);
        replay.beforePredicting(b);
        replay.afterPredicting(b);
        replay.beforePredicting(c);
        assertThat(consumed).as("a and b may be the answer c repeats").isEmpty();
        replay.afterPredicting(c);
        replay.beforePredicting(nextA);

        assertThat(consumed)
                .as("a second row on a starts another item: the run is read")
                .containsExactly(a, b, c);
    }

    @Test
    void withARunOfOneOnlyThePreviousRowIsHiddenAsBefore() {
        List<Observation> consumed = new ArrayList<>();
        GuardedReplay replay = new GuardedReplay(DuplicateRowGuard.ANY_OTHER_SKILL, 1, consumed::add);
        Observation a = row("a", 0);
        Observation b = row("b", 1);

        replay.beforePredicting(a);
        replay.afterPredicting(a);
        replay.beforePredicting(b);
        assertThat(consumed).isEmpty();
        replay.afterPredicting(b);

        assertThat(consumed).containsExactly(a);
        assertThat(replay.pending("l")).isEqualTo(1);
    }

    private static Observation row(String skill, int minute) {
        return Observation.of("l", skill, null, 1, Instant.ofEpochSecond(60L * minute));
    }
}
