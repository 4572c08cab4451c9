package org.pathwise.scorm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwise.scorm.runtime.Judgement.Completion;
import org.pathwise.scorm.runtime.Judgement.Success;

class RuntimeRulesTest {

    private static final UnitSettings MASTERY_80 =
            new UnitSettings(ScormVersion.SCORM_12, new BigDecimal("80"), null, null, null, null, null, List.of());
    private static final UnitSettings PLAIN_12 =
            new UnitSettings(ScormVersion.SCORM_12, null, null, null, null, null, null, List.of());
    private static final UnitSettings PASSING_08 =
            new UnitSettings(ScormVersion.SCORM_2004, null, null, null, null, null, new BigDecimal("0.8"), List.of());
    private static final UnitSettings THRESHOLD_07 =
            new UnitSettings(ScormVersion.SCORM_2004, null, null, null, null, new BigDecimal("0.7"), null, List.of());
    private static final UnitSettings PLAIN_2004 =
            new UnitSettings(ScormVersion.SCORM_2004, null, null, null, null, null, null, List.of());

    @Test
    void masteryScoreFailsARawScoreBelowItWhateverTheScoSaid() {
        Judgement j = judge(MASTERY_80, Map.of("cmi.core.lesson_status", "passed", "cmi.core.score.raw", "79.5"));
        assertThat(j.success()).isEqualTo(Success.FAILED);
        assertThat(j.completion()).isEqualTo(Completion.COMPLETED);
        assertThat(RuntimeRules.lessonStatus(j)).isEqualTo("failed");
    }

    @Test
    void masteryScorePassesARawScoreAtIt() {
        Judgement j = judge(MASTERY_80, Map.of("cmi.core.lesson_status", "incomplete", "cmi.core.score.raw", "80"));
        assertThat(RuntimeRules.lessonStatus(j)).isEqualTo("passed");
    }

    @Test
    void masteryScoreIsNotAppliedWithoutCreditOrWithoutScore() {
        Map<String, String> noCredit = Map.of(
                "cmi.core.lesson_status", "completed", "cmi.core.score.raw", "10", "cmi.core.credit", "no-credit");
        assertThat(RuntimeRules.lessonStatus(judge(MASTERY_80, noCredit))).isEqualTo("completed");
        assertThat(RuntimeRules.lessonStatus(judge(MASTERY_80, Map.of("cmi.core.lesson_status", "incomplete"))))
                .isEqualTo("incomplete");
    }

    @Test
    void scorm12WithoutMasteryScoreKeepsTheScosStatusAndScalesTheRawScore() {
        Judgement j = judge(
                PLAIN_12,
                Map.of("cmi.core.lesson_status", "passed", "cmi.core.score.raw", "45", "cmi.core.score.max", "50"));
        assertThat(j.success()).isEqualTo(Success.PASSED);
        assertThat(j.score().scaled()).isEqualByComparingTo("0.9");
    }

    @Test
    void untouchedScorm12ScoIsNotAttempted() {
        Judgement j = judge(PLAIN_12, Map.of());
        assertThat(j.completion()).isEqualTo(Completion.NOT_ATTEMPTED);
        assertThat(j.score().isKnown()).isFalse();
    }

    @Test
    void scaledPassingScoreDecidesSuccessFromScaledScore() {
        assertThat(judge(PASSING_08, Map.of("cmi.score.scaled", "0.8", "cmi.success_status", "failed"))
                        .success())
                .isEqualTo(Success.PASSED);
        assertThat(judge(PASSING_08, Map.of("cmi.score.scaled", "0.79", "cmi.success_status", "passed"))
                        .success())
                .isEqualTo(Success.FAILED);
    }

    @Test
    void scaledPassingScoreWithoutScaledScoreLeavesSuccessUnknown() {
        assertThat(judge(PASSING_08, Map.of("cmi.success_status", "passed")).success())
                .isEqualTo(Success.UNKNOWN);
    }

    @Test
    void completionThresholdDecidesCompletionFromProgressMeasure() {
        assertThat(judge(THRESHOLD_07, Map.of("cmi.progress_measure", "0.7", "cmi.completion_status", "incomplete"))
                        .completion())
                .isEqualTo(Completion.COMPLETED);
        assertThat(judge(THRESHOLD_07, Map.of("cmi.progress_measure", "0.5", "cmi.completion_status", "completed"))
                        .completion())
                .isEqualTo(Completion.INCOMPLETE);
        assertThat(judge(THRESHOLD_07, Map.of("cmi.completion_status", "completed"))
                        .completion())
                .isEqualTo(Completion.UNKNOWN);
    }

    @Test
    void scorm2004WithoutRulesKeepsTheScosStatuses() {
        Judgement j = judge(
                PLAIN_2004,
                Map.of(
                        "cmi.completion_status",
                        "completed",
                        "cmi.success_status",
                        "failed",
                        "cmi.score.scaled",
                        "-0.5"));
        assertThat(j.completion()).isEqualTo(Completion.COMPLETED);
        assertThat(j.success()).isEqualTo(Success.FAILED);
        assertThat(j.score().scaled()).isEqualByComparingTo("-0.5");
    }

    private static Judgement judge(UnitSettings settings, Map<String, String> values) {
        return RuntimeRules.judge(settings, new CmiData(values));
    }
}
