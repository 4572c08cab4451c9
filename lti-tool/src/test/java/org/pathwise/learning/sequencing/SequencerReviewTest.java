package org.pathwise.learning.sequencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.learning.sequencing.LearningFixtures.ADDING;
import static org.pathwise.learning.sequencing.LearningFixtures.BASICS;
import static org.pathwise.learning.sequencing.LearningFixtures.BASICS_PRACTICE;
import static org.pathwise.learning.sequencing.LearningFixtures.NEW_HIRE;
import static org.pathwise.learning.sequencing.LearningFixtures.T0;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SequencerReviewTest {

    private static final Instant YESTERDAY = T0.minus(Duration.ofDays(1));

    private final Scenario s = new Scenario();

    @Test
    void reviewsPrerequisiteAfterTheLastTwoAnswersOnItWereWrong() {
        s.completed(YESTERDAY, BASICS, BASICS_PRACTICE).answers("fractions-basics", T0, 0, 0);

        Plan plan = s.plan(NEW_HIRE);

        assertThat(plan.next().reason()).isEqualTo(ReasonCode.PREREQUISITE_REVIEW_WRONG_ANSWERS);
        assertThat(plan.next().moduleId()).isEqualTo(BASICS_PRACTICE);
        assertThat(plan.next().params())
                .containsEntry("competency", "fractions-basics")
                .containsEntry("blockedModule", ADDING)
                .containsEntry("wrongCount", "2");
        assertThat(plan.next().sentence())
                .isEqualTo("Review Fractions basics: your last two answers on it were wrong.");
        assertThat(plan.remainder()).extracting(Decision::stepId).startsWith(ADDING);
    }

    @Test
    void doesNotRepeatAReviewTakenAfterTheWrongAnswers() {
        s.completed(YESTERDAY, BASICS, BASICS_PRACTICE).answers("fractions-basics", T0, 0, 0);
        s.did(BASICS_PRACTICE, ProgressKind.ACTIVITY, T0.plus(Duration.ofMinutes(10)));

        Plan plan = s.plan(NEW_HIRE);

        assertThat(plan.next().moduleId()).isEqualTo(ADDING);
        assertThat(plan.next().reason()).isEqualTo(ReasonCode.NEXT_IN_PATHWAY);
    }

    @Test
    void reviewsAWeakPrerequisiteWhenTheLearnerStrugglesOnTheNextModule() {
        s.completed(YESTERDAY, BASICS, BASICS_PRACTICE).answers("adding-fractions", T0, 0, 0);

        Plan plan = s.plan(NEW_HIRE);

        assertThat(plan.next().reason()).isEqualTo(ReasonCode.PREREQUISITE_REVIEW_LOW_MASTERY);
        assertThat(plan.next().moduleId()).isEqualTo(BASICS_PRACTICE);
        assertThat(plan.next().sentence())
                .isEqualTo("Review Fractions basics before Adding fractions: it is needed there and your estimated"
                        + " mastery of it is 30%.");
    }

    @Test
    void weakPrerequisiteAloneIsNoReasonToReview() {
        s.completed(YESTERDAY, BASICS, BASICS_PRACTICE);

        Plan plan = s.plan(NEW_HIRE);

        assertThat(plan.next().moduleId()).isEqualTo(ADDING);
    }

    @Test
    void schedulesSpacedReviewOfACompetencyThatDecayedBelowTheThreshold() {
        s.completed(T0, BASICS, BASICS_PRACTICE).answers("fractions-basics", T0, 1, 1, 1);
        s.now = T0.plus(Duration.ofDays(10));

        Plan plan = s.plan(NEW_HIRE);

        assertThat(plan.next().reason()).isEqualTo(ReasonCode.SPACED_REVIEW);
        assertThat(plan.next().moduleId()).isEqualTo(BASICS_PRACTICE);
        double now = s.model.masteryNow(Scenario.ANA, "fractions-basics", s.now);
        assertThat(plan.next().params())
                .containsEntry("competency", "fractions-basics")
                .containsEntry("masteryPercent", Long.toString(Math.round(now * 100)))
                .containsEntry("daysSince", "9");
        assertThat(plan.next().sentence()).startsWith("Time to refresh Fractions basics: you last practised it 9 days");
    }

    @Test
    void noSpacedReviewWhileMasteryHolds() {
        s.completed(T0, BASICS, BASICS_PRACTICE).answers("fractions-basics", T0, 1, 1, 1);

        Plan plan = s.plan(NEW_HIRE);

        assertThat(plan.next().moduleId()).isEqualTo(ADDING);
    }

    @Test
    void listsWhenEachMasteredCompetencyWillNeedReview() {
        s.completed(T0, BASICS, BASICS_PRACTICE).answers("fractions-basics", T0, 1, 1, 1);

        Plan plan = s.plan(NEW_HIRE);

        Duration left = s.model
                .timeUntilBelow(Scenario.ANA, "fractions-basics", 0.95, s.now)
                .orElseThrow();
        assertThat(plan.upcomingReviews()).containsExactly(new ScheduledReview("fractions-basics", s.now.plus(left)));
        assertThat(left).isPositive();
    }
}
