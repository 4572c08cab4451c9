package org.pathwise.learning.sequencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.learning.sequencing.LearningFixtures.ADDING;
import static org.pathwise.learning.sequencing.LearningFixtures.BASICS;
import static org.pathwise.learning.sequencing.LearningFixtures.BASICS_PRACTICE;
import static org.pathwise.learning.sequencing.LearningFixtures.DECIMALS;
import static org.pathwise.learning.sequencing.LearningFixtures.EXPERIENCED;
import static org.pathwise.learning.sequencing.LearningFixtures.NEW_HIRE;
import static org.pathwise.learning.sequencing.LearningFixtures.PRETEST;
import static org.pathwise.learning.sequencing.LearningFixtures.T0;
import static org.pathwise.learning.sequencing.Scenario.skippedDecision;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SequencerRulesTest {

    private final Scenario s = new Scenario();

    @Test
    void newLearnerStartsWithTheFirstStepInPathwayOrder() {
        Plan plan = s.plan(NEW_HIRE);

        assertThat(plan.next().moduleId()).isEqualTo(BASICS);
        assertThat(plan.next().reason()).isEqualTo(ReasonCode.NEXT_IN_PATHWAY);
        assertThat(plan.next().sentence()).isEqualTo("Next in your pathway: Fractions basics.");
        assertThat(plan.remainder()).extracting(Decision::stepId).startsWith(BASICS_PRACTICE, ADDING);
        assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void skipsModulesWhoseCompetenciesAreAllMastered() {
        s.answers("fractions-basics", T0, 1, 1, 1);

        Plan plan = s.plan(NEW_HIRE);

        Decision skipped = skippedDecision(plan, BASICS);
        assertThat(skipped.reason()).isEqualTo(ReasonCode.MASTERED);
        assertThat(skipped.params()).containsEntry("competencies", "fractions-basics");
        assertThat(Double.parseDouble(skipped.params().get("minMastery"))).isGreaterThanOrEqualTo(0.95);
        assertThat(skipped.sentence())
                .isEqualTo("You can skip Fractions basics: you have already mastered Fractions basics.");
        assertThat(plan.next().moduleId()).isEqualTo(ADDING);
    }

    @Test
    void masteryThresholdIsConfigurable() {
        s.answers("fractions-basics", T0, 1, 1, 1);
        double mastery = s.model.masteryNow(Scenario.ANA, "fractions-basics", s.now);
        s.settings = SequencerSettings.DEFAULT.withMasteryThreshold(Math.min(0.999, mastery + 0.005));

        Plan plan = s.plan(NEW_HIRE);

        assertThat(plan.next().moduleId()).isEqualTo(BASICS);
        assertThat(plan.skipped()).extracting(Decision::reason).doesNotContain(ReasonCode.MASTERED);
    }

    @Test
    void testsOutOfModulesCoveredByAPassedPretest() {
        s.did(PRETEST, ProgressKind.COMPLETED, T0).did(PRETEST, ProgressKind.PASSED, T0);

        Plan plan = s.plan(EXPERIENCED);

        assertThat(skippedDecision(plan, BASICS).reason()).isEqualTo(ReasonCode.TESTED_OUT);
        assertThat(skippedDecision(plan, ADDING).sentence())
                .isEqualTo("You tested out of Adding fractions by passing Fractions pre-test.");
        assertThat(plan.next().moduleId()).isEqualTo(DECIMALS);
    }

    @Test
    void failedPretestTestsOutOfNothing() {
        s.did(PRETEST, ProgressKind.COMPLETED, T0).did(PRETEST, ProgressKind.FAILED, T0);

        Plan plan = s.plan(EXPERIENCED);

        assertThat(plan.skipped()).isEmpty();
        assertThat(plan.next().moduleId()).isEqualTo(BASICS);
    }

    @Test
    void acceleratesPastOptionalPracticeWhenAbilityIsWellAboveItsDifficulty() {
        s.answers("fractions-basics", T0, 1, 1);

        Plan plan = s.plan(NEW_HIRE);

        Decision practice = skippedDecision(plan, BASICS_PRACTICE);
        assertThat(practice.reason()).isEqualTo(ReasonCode.ACCELERATED);
        assertThat(Double.parseDouble(practice.params().get("margin"))).isGreaterThanOrEqualTo(1.5);
        assertThat(plan.next().moduleId()).isEqualTo(BASICS);
    }

    @Test
    void doesNotAccelerateWhenTheMarginIsNotReached() {
        s.answers("fractions-basics", T0, 1, 1);
        s.settings = new SequencerSettings(0.95, 2, 0.6, 5.0, Duration.ofDays(7), 3, Duration.ofHours(1));

        Plan plan = s.plan(NEW_HIRE);

        assertThat(plan.skipped()).isEmpty();
        assertThat(plan.remainder()).extracting(Decision::stepId).startsWith(BASICS_PRACTICE);
    }

    @Test
    void lessonsAreNeverSkippedForAbilityAlone() {
        s.answers("fractions-basics", T0, 1, 1);

        Plan plan = s.plan(NEW_HIRE);

        assertThat(plan.skipped()).extracting(Decision::stepId).doesNotContain(BASICS);
    }
}
