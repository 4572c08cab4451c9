package org.pathwise.learning.sequencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.learning.sequencing.LearningFixtures.ADDING;
import static org.pathwise.learning.sequencing.LearningFixtures.BASICS;
import static org.pathwise.learning.sequencing.LearningFixtures.BASICS_PRACTICE;
import static org.pathwise.learning.sequencing.LearningFixtures.DECIMALS;
import static org.pathwise.learning.sequencing.LearningFixtures.FINAL;
import static org.pathwise.learning.sequencing.LearningFixtures.NEW_HIRE;
import static org.pathwise.learning.sequencing.LearningFixtures.T0;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwise.learning.content.PathwayOverrides;

class SequencerOverridesTest {

    private final Scenario s = new Scenario();

    @Test
    void pinnedModuleIsDoneEvenWhenMastered() {
        s.answers("fractions-basics", T0, 1, 1, 1);
        s.overrides = PathwayOverrides.NONE.withPin(BASICS, 1);

        Plan plan = s.plan(NEW_HIRE);

        assertThat(plan.next().stepId()).isEqualTo(BASICS);
        assertThat(plan.next().reason()).isEqualTo(ReasonCode.PINNED);
        assertThat(plan.next().sentence()).isEqualTo("Fractions basics is required by your instructor at this point.");
    }

    @Test
    void pinnedModuleTakesItsPosition() {
        s.overrides = PathwayOverrides.NONE.withPin(DECIMALS, 2);

        Plan plan = s.plan(NEW_HIRE);

        assertThat(plan.next().stepId()).isEqualTo(BASICS);
        assertThat(plan.remainder().get(0).stepId()).isEqualTo(DECIMALS);
        assertThat(plan.remainder().get(0).params()).containsEntry("position", "2");
    }

    @Test
    void pinnedModuleWinsOverAPrerequisiteReview() {
        s.completed(T0.minus(Duration.ofDays(1)), BASICS, BASICS_PRACTICE).answers("fractions-basics", T0, 0, 0);
        s.overrides = PathwayOverrides.NONE.withPin(ADDING, 1);

        assertThat(s.plan(NEW_HIRE).next().reason()).isEqualTo(ReasonCode.PINNED);
    }

    @Test
    void skippedModuleIsLeftOutWithItsReason() {
        s.overrides = PathwayOverrides.NONE.withSkip(BASICS);

        Plan plan = s.plan(NEW_HIRE);

        assertThat(plan.next().stepId()).isEqualTo(BASICS_PRACTICE);
        assertThat(Scenario.skippedDecision(plan, BASICS).reason()).isEqualTo(ReasonCode.SKIPPED_BY_INSTRUCTOR);
        assertThat(plan.remainder()).extracting(Decision::stepId).doesNotContain(BASICS);
    }

    @Test
    void instructorOrderPutsListedStepsFirst() {
        s.overrides = PathwayOverrides.NONE.withOrder(List.of(DECIMALS, ADDING));

        Plan plan = s.plan(NEW_HIRE);

        assertThat(plan.next().stepId()).isEqualTo(DECIMALS);
        assertThat(plan.next().reason()).isEqualTo(ReasonCode.ORDERED_BY_INSTRUCTOR);
        assertThat(plan.remainder()).extracting(Decision::stepId).startsWith(ADDING, BASICS);
    }

    @Test
    void perLearnerNextOverrideWinsOverEveryRule() {
        s.completed(T0.minus(Duration.ofDays(1)), BASICS, BASICS_PRACTICE).answers("fractions-basics", T0, 0, 0);
        s.overrides = PathwayOverrides.NONE.withNextForLearner(Scenario.ANA, FINAL);

        Plan plan = s.plan(NEW_HIRE);

        assertThat(plan.next().stepId()).isEqualTo(FINAL);
        assertThat(plan.next().reason()).isEqualTo(ReasonCode.LEARNER_OVERRIDE);
        assertThat(plan.remainder()).extracting(Decision::stepId).doesNotContain(FINAL);
    }

    @Test
    void perLearnerOverrideConcernsOnlyThatLearner() {
        s.overrides = PathwayOverrides.NONE.withNextForLearner("mailto:bob@example.org", FINAL);

        assertThat(s.plan(NEW_HIRE).next().stepId()).isEqualTo(BASICS);
    }

    @Test
    void perLearnerOverrideIsIgnoredOnceThatStepIsDone() {
        s.did(FINAL, ProgressKind.PASSED, T0);
        s.overrides = PathwayOverrides.NONE.withNextForLearner(Scenario.ANA, FINAL);

        assertThat(s.plan(NEW_HIRE).next().reason()).isEqualTo(ReasonCode.NEXT_IN_PATHWAY);
    }
}
