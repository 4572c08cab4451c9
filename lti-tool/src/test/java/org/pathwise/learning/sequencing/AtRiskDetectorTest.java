package org.pathwise.learning.sequencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.learning.sequencing.LearningFixtures.BASICS;
import static org.pathwise.learning.sequencing.LearningFixtures.EXPERIENCED;
import static org.pathwise.learning.sequencing.LearningFixtures.FINAL;
import static org.pathwise.learning.sequencing.LearningFixtures.NEW_HIRE;
import static org.pathwise.learning.sequencing.LearningFixtures.T0;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwise.learning.content.Pathway;

class AtRiskDetectorTest {

    private final Scenario s = new Scenario();

    @Test
    void activeLearnerWithoutDueDateIsNotAtRisk() {
        s.did(BASICS, ProgressKind.ACTIVITY, T0);

        assertThat(assess(NEW_HIRE)).isEmpty();
    }

    @Test
    void flagsInactivityLongerThanConfigured() {
        s.did(BASICS, ProgressKind.ACTIVITY, T0);
        s.now = T0.plus(Duration.ofDays(10));

        List<AtRiskFlag> flags = assess(NEW_HIRE);

        assertThat(flags).extracting(AtRiskFlag::code).containsExactly(AtRiskCode.INACTIVE);
        assertThat(flags.get(0).params()).containsEntry("days", "10");
        assertThat(flags.get(0).sentence()).isEqualTo("No activity for 10 days (last activity on 2025-01-06).");
    }

    @Test
    void flagsRepeatedFailureOnTheSameModule() {
        s.did(FINAL, ProgressKind.FAILED, T0)
                .did(FINAL, ProgressKind.FAILED, T0)
                .did(FINAL, ProgressKind.FAILED, T0);

        List<AtRiskFlag> flags = assess(NEW_HIRE);

        assertThat(flags)
                .extracting(f -> f.code().name(), f -> f.params().get("module"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REPEATED_FAILURE", FINAL));
        assertThat(flags.get(0).sentence()).isEqualTo("Failed Final quiz 3 times.");
    }

    @Test
    void twoFailuresAreNotYetRepeatedFailure() {
        s.did(FINAL, ProgressKind.FAILED, T0).did(FINAL, ProgressKind.FAILED, T0);

        assertThat(assess(NEW_HIRE)).isEmpty();
    }

    @Test
    void flagsLowMasteryWithTooLittleTimeLeftBeforeTheDueDate() {
        s.did(BASICS, ProgressKind.ACTIVITY, T0);
        s.now = T0.plus(Duration.ofHours(36));

        List<AtRiskFlag> flags = assess(EXPERIENCED);

        assertThat(flags).extracting(AtRiskFlag::code).containsExactly(AtRiskCode.BEHIND_SCHEDULE);
        assertThat(flags.get(0).params()).containsEntry("daysLeft", "0").containsEntry("hoursNeeded", "1");
        assertThat(flags.get(0).sentence()).startsWith("Needs about 1 hours of study for Numbers refresher");
    }

    @Test
    void enoughTimeLeftIsNotBehindSchedule() {
        s.did(BASICS, ProgressKind.ACTIVITY, T0);

        assertThat(assess(EXPERIENCED)).isEmpty();
    }

    private List<AtRiskFlag> assess(String pathwayId) {
        Pathway pathway = s.content.pathway(pathwayId);
        Plan plan = s.plan(pathwayId);
        return new AtRiskDetector(s.content, s.settings, LearningFixtures.clockAt(s.now))
                .assess(pathway, plan, s.model, s.progress);
    }
}
