package org.pathwise.learning.sequencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.learning.sequencing.LearningFixtures.ADDING;
import static org.pathwise.learning.sequencing.LearningFixtures.ADDING_PRACTICE;
import static org.pathwise.learning.sequencing.LearningFixtures.BANK;
import static org.pathwise.learning.sequencing.LearningFixtures.BASICS;
import static org.pathwise.learning.sequencing.LearningFixtures.BASICS_PRACTICE;
import static org.pathwise.learning.sequencing.LearningFixtures.DECIMALS;
import static org.pathwise.learning.sequencing.LearningFixtures.FINAL;
import static org.pathwise.learning.sequencing.LearningFixtures.ITEMS;
import static org.pathwise.learning.sequencing.LearningFixtures.NEW_HIRE;
import static org.pathwise.learning.sequencing.LearningFixtures.T0;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathwise.learning.content.Module;
import org.pathwise.learning.content.MoveOn;

class SequencerPackageRulesTest {

    @Test
    void forcedSequentialPackageKeepsItsOwnOrder() {
        Scenario s = new Scenario(LearningFixtures.content(true));

        Plan plan = s.plan(NEW_HIRE);

        assertThat(plan.next().stepId()).isEqualTo(BASICS);
        assertThat(plan.remainder()).extracting(Decision::stepId).startsWith(ADDING, BASICS_PRACTICE, ADDING_PRACTICE);
    }

    @Test
    void forcedSequentialPackageModuleIsNotSkippedEvenWhenMastered() {
        Scenario s = new Scenario(LearningFixtures.content(true)).answers("fractions-basics", T0, 1, 1, 1);

        Plan plan = s.plan(NEW_HIRE);

        assertThat(plan.next().stepId()).isEqualTo(BASICS);
        assertThat(plan.next().reason()).isEqualTo(ReasonCode.FORCED_SEQUENTIAL);
        assertThat(plan.next().params())
                .containsEntry("package", "pkg-fractions")
                .containsEntry("notSkippedAlthough", "MASTERED");
        assertThat(plan.skipped()).extracting(Decision::stepId).doesNotContain(BASICS, BASICS_PRACTICE);
    }

    @Test
    void sameModulesOutsideAForcedPackageAreSkippedWhenMastered() {
        Scenario s = new Scenario().answers("fractions-basics", T0, 1, 1, 1);

        assertThat(s.plan(NEW_HIRE).skipped()).extracting(Decision::stepId).contains(BASICS, BASICS_PRACTICE);
    }

    @Test
    void moduleWithMoveOnPassedIsNotDoneWhenOnlyCompleted() {
        Scenario s = allBeforeTheFinalDone().did(FINAL, ProgressKind.COMPLETED, T0);

        Plan plan = s.plan(NEW_HIRE);

        assertThat(plan.next().stepId()).isEqualTo(FINAL);
        assertThat(plan.next().reason()).isEqualTo(ReasonCode.MOVE_ON_NOT_MET);
        assertThat(plan.next().params()).containsEntry("moveOn", "PASSED");
        assertThat(plan.next().sentence()).isEqualTo("Continue Final quiz: it counts as done once it is passed.");
    }

    @Test
    void pathwayIsCompleteOnceEveryMoveOnIsMet() {
        Scenario s = allBeforeTheFinalDone().did(FINAL, ProgressKind.PASSED, T0);

        Plan plan = s.plan(NEW_HIRE);

        assertThat(plan.isComplete()).isTrue();
        assertThat(plan.next().moduleId()).isNull();
        assertThat(plan.next().sentence()).isEqualTo("You have finished Numbers for new hires.");
        assertThat(plan.remainder()).isEmpty();
    }

    @Test
    void cmi5SatisfiedOrWaivedMeetsMoveOn() {
        Scenario s = allBeforeTheFinalDone().did(FINAL, ProgressKind.SATISFIED, T0);

        assertThat(s.plan(NEW_HIRE).isComplete()).isTrue();
    }

    @Test
    void moveOnNotApplicableIsDoneWithoutLaunch() {
        Module optional =
                Module.lesson("https://x.org/au", "AU", Set.of(), Duration.ZERO).withMoveOn(MoveOn.NOT_APPLICABLE);
        Module required = optional.withMoveOn(MoveOn.COMPLETED_AND_PASSED);

        assertThat(ModuleProgress.NONE.isDone(optional)).isTrue();
        assertThat(ModuleProgress.NONE.isDone(required)).isFalse();
    }

    private static Scenario allBeforeTheFinalDone() {
        return new Scenario()
                .completed(T0, BASICS, BASICS_PRACTICE, ADDING, ADDING_PRACTICE, DECIMALS)
                .did(ITEMS.get(0), ProgressKind.ANSWERED, T0)
                .did(ITEMS.get(1), ProgressKind.ANSWERED, T0);
    }

    @Test
    void itemBankIsDoneAfterItsLengthInAnswers() {
        Scenario s = new Scenario().completed(T0, BASICS, BASICS_PRACTICE, ADDING, ADDING_PRACTICE, DECIMALS);
        s.did(ITEMS.get(2), ProgressKind.ANSWERED, T0);

        assertThat(s.plan(NEW_HIRE).next().stepId()).isEqualTo(BANK);
        s.did(ITEMS.get(0), ProgressKind.ANSWERED, T0);
        assertThat(s.plan(NEW_HIRE).next().stepId()).isEqualTo(FINAL);
    }
}
