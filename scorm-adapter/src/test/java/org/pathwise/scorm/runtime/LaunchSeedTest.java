package org.pathwise.scorm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchSeedTest {

    private static final UnitSettings SCORM12 = new UnitSettings(
            ScormVersion.SCORM_12,
            new BigDecimal("75.0"),
            "chapter=2",
            "0000:30:00",
            "exit,message",
            null,
            null,
            List.of());
    private static final UnitSettings SCORM2004 = new UnitSettings(
            ScormVersion.SCORM_2004,
            null,
            null,
            null,
            null,
            new BigDecimal("0.6"),
            new BigDecimal("0.8"),
            List.of("PRIMARY", "obj_a"));

    @Test
    void firstLaunchOfScorm12SeedsLearnerEntryAndManifestSettings() {
        Map<String, String> seed =
                LaunchSeed.build(SCORM12, "learner-1", "Ada", "ab-initio", CmiData.EMPTY, Duration.ZERO);
        assertThat(seed)
                .containsEntry("cmi.core.student_id", "learner-1")
                .containsEntry("cmi.core.student_name", "Ada")
                .containsEntry("cmi.core.entry", "ab-initio")
                .containsEntry("cmi.core.credit", "credit")
                .containsEntry("cmi.core.lesson_mode", "normal")
                .containsEntry("cmi.core.total_time", "0000:00:00.00")
                .containsEntry("cmi.launch_data", "chapter=2")
                .containsEntry("cmi.student_data.mastery_score", "75")
                .containsEntry("cmi.student_data.max_time_allowed", "0000:30:00")
                .containsEntry("cmi.student_data.time_limit_action", "exit,message")
                .doesNotContainKey("cmi.core.lesson_status");
    }

    @Test
    void resumedScorm12AttemptGetsBackItsDataButNotTheLastSessionsExitOrTime() {
        CmiData stored = new CmiData(Map.of(
                "cmi.core.lesson_location", "7",
                "cmi.suspend_data", "state",
                "cmi.core.lesson_status", "incomplete",
                "cmi.core.exit", "suspend",
                "cmi.core.session_time", "0000:05:00",
                "cmi.core.student_id", "someone-else",
                "cmi.interactions.0.id", "q1"));
        Map<String, String> seed =
                LaunchSeed.build(SCORM12, "learner-1", "Ada", "resume", stored, Duration.ofMinutes(5));
        assertThat(seed)
                .containsEntry("cmi.core.lesson_location", "7")
                .containsEntry("cmi.suspend_data", "state")
                .containsEntry("cmi.core.lesson_status", "incomplete")
                .containsEntry("cmi.core.student_id", "learner-1")
                .containsEntry("cmi.core.total_time", "0000:05:00.00")
                .containsEntry("cmi.interactions.0.id", "q1")
                .doesNotContainKeys("cmi.core.exit", "cmi.core.session_time");
    }

    @Test
    void scorm2004SeedsThresholdPassingScoreAndEachObjectiveOnce() {
        CmiData stored =
                new CmiData(Map.of("cmi.objectives.0.id", "obj_a", "cmi.objectives.0.success_status", "passed"));
        Map<String, String> seed =
                LaunchSeed.build(SCORM2004, "learner-2", "Bo", "resume", stored, Duration.ofSeconds(61));
        assertThat(seed)
                .containsEntry("cmi.learner_id", "learner-2")
                .containsEntry("cmi.entry", "resume")
                .containsEntry("cmi.completion_threshold", "0.6")
                .containsEntry("cmi.scaled_passing_score", "0.8")
                .containsEntry("cmi.total_time", "PT0H1M1S")
                .containsEntry("cmi.objectives.0.id", "obj_a")
                .containsEntry("cmi.objectives.0.success_status", "passed")
                .containsEntry("cmi.objectives.1.id", "PRIMARY")
                .doesNotContainKey("cmi.objectives.2.id");
    }
}
