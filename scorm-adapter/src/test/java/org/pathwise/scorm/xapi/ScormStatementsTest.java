package org.pathwise.scorm.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathwise.scorm.runtime.CmiData;
import org.pathwise.scorm.runtime.Judgement;
import org.pathwise.scorm.runtime.RuntimeRules;
import org.pathwise.scorm.runtime.ScormVersion;
import org.pathwise.scorm.runtime.UnitSettings;

class ScormStatementsTest {

    private static final UUID ATTEMPT = UUID.fromString("8f14e45f-ceea-467a-9af0-6c8a4a3e1d2b");
    private static final ScormActivities ACTIVITIES =
            ScormActivities.of("https://tool.example/", "pkg-1", "Golf", "item 1", "Golf Explained");
    private static final UnitSettings SCORM12 =
            new UnitSettings(ScormVersion.SCORM_12, null, null, null, null, null, null, List.of());
    private static final UnitSettings SCORM2004 =
            new UnitSettings(ScormVersion.SCORM_2004, null, null, null, null, null, null, List.of());

    private static StatementContext ctx(String eventKey) {
        return new StatementContext(
                "https://tool.example",
                "learner-7",
                ACTIVITIES,
                ATTEMPT,
                Instant.parse("2025-01-02T03:04:05Z"),
                eventKey);
    }

    @Test
    void initializeOfANewAttemptIsInitializedAboutTheSco() {
        ObjectNode s =
                ScormStatements.initialized(ctx("l1/initialize"), "ab-initio").get(0);
        assertThat(s.at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/initialized");
        assertThat(s.at("/object/id").asText()).isEqualTo("https://tool.example/activities/scorm/pkg-1/item%201");
        assertThat(s.at("/object/definition/type").asText()).isEqualTo("http://adlnet.gov/expapi/activities/lesson");
        assertThat(s.at("/actor/account/homePage").asText()).isEqualTo("https://tool.example");
        assertThat(s.at("/actor/account/name").asText()).isEqualTo("learner-7");
        assertThat(s.at("/timestamp").asText()).isEqualTo("2025-01-02T03:04:05Z");
    }

    @Test
    void initializeWithEntryResumeIsResumed() {
        assertThat(ScormStatements.initialized(ctx("l2/initialize"), "resume")
                        .get(0)
                        .at("/verb/id")
                        .asText())
                .isEqualTo("http://adlnet.gov/expapi/verbs/resumed");
    }

    @Test
    void everyStatementCarriesRegistrationCourseAttemptAndProfileCategory() {
        ObjectNode s = ScormStatements.initialized(ctx("l1/initialize"), "").get(0);
        assertThat(s.at("/context/registration").asText()).isEqualTo(ATTEMPT.toString());
        assertThat(s.at("/context/contextActivities/grouping/0/id").asText())
                .isEqualTo("https://tool.example/activities/scorm/pkg-1");
        assertThat(s.at("/context/contextActivities/grouping/0/definition/type").asText())
                .isEqualTo("http://adlnet.gov/expapi/activities/course");
        assertThat(s.at("/context/contextActivities/grouping/1/id").asText())
                .isEqualTo(ACTIVITIES.scoIri() + "?attemptId=" + ATTEMPT);
        assertThat(s.at("/context/contextActivities/category/0/id").asText()).isEqualTo("https://w3id.org/xapi/scorm");
        assertThat(s.at("/context/contextActivities/parent").isMissingNode()).isTrue();
    }

    @Test
    void passingScorm12CommitIsScoredCompletedAndPassedInThatOrder() {
        List<ObjectNode> out =
                commit12(Map.of(), Map.of("cmi.core.lesson_status", "passed", "cmi.core.score.raw", "85"), false);
        assertThat(verbs(out)).containsExactly("scored", "completed", "passed");
        ObjectNode passed = out.get(2);
        assertThat(passed.at("/result/success").asBoolean()).isTrue();
        assertThat(passed.at("/result/completion").asBoolean()).isTrue();
        assertThat(passed.at("/result/score/raw").decimalValue()).isEqualByComparingTo("85");
        assertThat(passed.at("/result/score/scaled").decimalValue()).isEqualByComparingTo("0.85");
    }

    @Test
    void commitThatChangesNothingJudgedYieldsNoStatement() {
        Map<String, String> state = Map.of("cmi.core.lesson_status", "passed", "cmi.core.score.raw", "85");
        assertThat(commit12(
                        state,
                        Map.of(
                                "cmi.core.lesson_status",
                                "passed",
                                "cmi.core.score.raw",
                                "85",
                                "cmi.core.lesson_location",
                                "4"),
                        false))
                .isEmpty();
    }

    @Test
    void finishWithSuspendIsSuspendedWithTheSessionDuration() {
        List<ObjectNode> out = commit12(
                Map.of("cmi.core.lesson_status", "incomplete"),
                Map.of("cmi.core.lesson_status", "incomplete", "cmi.core.exit", "suspend"),
                true);
        assertThat(verbs(out)).containsExactly("suspended");
        assertThat(out.get(0).at("/result/duration").asText()).isEqualTo("PT75.50S");
        assertThat(out.get(0).at("/result/completion").asBoolean()).isFalse();
    }

    @Test
    void finishWithoutSuspendIsTerminatedWithTheOverallResult() {
        List<ObjectNode> out = commit12(
                Map.of("cmi.core.lesson_status", "failed", "cmi.core.score.raw", "20"),
                Map.of("cmi.core.lesson_status", "failed", "cmi.core.score.raw", "20", "cmi.core.exit", ""),
                true);
        assertThat(verbs(out)).containsExactly("terminated");
        assertThat(out.get(0).at("/result/success").asBoolean()).isFalse();
        assertThat(out.get(0).at("/result/score/raw").intValue()).isEqualTo(20);
    }

    @Test
    void newInteractionResponsesAreRespondedAboutTheInteractionWithTheScoAsParent() {
        Map<String, String> after = Map.of(
                "cmi.interactions.0.id", "q1",
                "cmi.interactions.0.type", "choice",
                "cmi.interactions.0.learner_response", "b",
                "cmi.interactions.0.result", "correct",
                "cmi.interactions.0.correct_responses.0.pattern", "b",
                "cmi.interactions.0.description", "Pick one",
                "cmi.interactions.0.latency", "PT3S",
                "cmi.interactions.1.id", "q2",
                "cmi.interactions.1.type", "numeric",
                "cmi.interactions.1.learner_response", "17");
        List<ObjectNode> out = commit(
                SCORM2004,
                Map.of("cmi.interactions.0.id", "q1", "cmi.interactions.0.learner_response", "b"),
                after,
                false);
        assertThat(verbs(out)).containsExactly("responded");
        ObjectNode s = out.get(0);
        assertThat(s.at("/object/id").asText()).isEqualTo(ACTIVITIES.scoIri() + "/interactions/q2");
        assertThat(s.at("/object/definition/interactionType").asText()).isEqualTo("numeric");
        assertThat(s.at("/result/response").asText()).isEqualTo("17");
        assertThat(s.at("/context/contextActivities/parent/0/id").asText()).isEqualTo(ACTIVITIES.scoIri());

        ObjectNode first = commit(SCORM2004, Map.of(), after, false).get(0);
        assertThat(first.at("/object/definition/correctResponsesPattern/0").asText())
                .isEqualTo("b");
        assertThat(first.at("/object/definition/description/en-US").asText()).isEqualTo("Pick one");
        assertThat(first.at("/result/success").asBoolean()).isTrue();
        assertThat(first.at("/result/duration").asText()).isEqualTo("PT3.00S");
    }

    @Test
    void statementIdsAreStableForTheSameEventAndDistinctAcrossEvents() {
        Map<String, String> after = Map.of("cmi.core.lesson_status", "passed", "cmi.core.score.raw", "85");
        List<String> once = ids(commit12(Map.of(), after, false));
        List<String> again = ids(commit12(Map.of(), after, false));
        assertThat(once).isEqualTo(again).doesNotHaveDuplicates();
        List<String> other = ids(commit(SCORM12, ctx("l1/commit/8"), Map.of(), after, false));
        assertThat(other).doesNotContainAnyElementsOf(once);
    }

    @Test
    void newCommentsFromTheLearnerAreCommentedAboutTheScoWithTheCommentAsResponse() {
        List<ObjectNode> out = commit(
                SCORM2004,
                Map.of("cmi.comments_from_learner.0.comment", "Too long"),
                Map.of(
                        "cmi.comments_from_learner.0.comment", "Too long",
                        "cmi.comments_from_learner.1.comment", "Page 3 has a typo",
                        "cmi.comments_from_learner.1.location", "page3",
                        "cmi.comments_from_learner.1.timestamp", "2025-01-02T03:00:00Z"),
                false);
        assertThat(verbs(out)).containsExactly("commented");
        ObjectNode s = out.get(0);
        assertThat(s.at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/commented");
        assertThat(s.at("/object/id").asText()).isEqualTo(ACTIVITIES.scoIri());
        assertThat(s.at("/result/response").asText()).isEqualTo("Page 3 has a typo");
        assertThat(s.at("/timestamp").asText()).isEqualTo("2025-01-02T03:00:00Z");
    }

    @Test
    void scorm12CommentsAppendedByTheScoAreCommentedWithOnlyTheNewText() {
        List<ObjectNode> out = commit12(
                Map.of("cmi.comments", "First remark."), Map.of("cmi.comments", "First remark. Second remark."), false);
        assertThat(verbs(out)).containsExactly("commented");
        assertThat(out.get(0).at("/result/response").asText()).isEqualTo("Second remark.");
        assertThat(commit12(Map.of("cmi.comments", "Same"), Map.of("cmi.comments", "Same"), false))
                .isEmpty();
    }

    @Test
    void changedProgressMeasureIsProgressedWithTheMeasureAsScaledScore() {
        List<ObjectNode> out =
                commit(SCORM2004, Map.of("cmi.progress_measure", "0.25"), Map.of("cmi.progress_measure", "0.5"), false);
        assertThat(verbs(out)).containsExactly("progressed");
        assertThat(out.get(0).at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/progressed");
        assertThat(out.get(0).at("/object/id").asText()).isEqualTo(ACTIVITIES.scoIri());
        assertThat(out.get(0).at("/result/score/scaled").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(commit(
                        SCORM2004,
                        Map.of("cmi.progress_measure", "0.50"),
                        Map.of("cmi.progress_measure", "0.5"),
                        false))
                .as("the same measure written differently")
                .isEmpty();
        assertThat(commit(SCORM2004, Map.of(), Map.of("cmi.progress_measure", "1.5"), false))
                .as("out of range")
                .isEmpty();
    }

    @Test
    void objectiveReachingPassedAndCompletedIsStatedAboutTheObjectiveWithTheScoAsParent() {
        Map<String, String> before = Map.of(
                "cmi.objectives.0.id", "obj-putting",
                "cmi.objectives.0.success_status", "unknown",
                "cmi.objectives.1.id", "obj etiquette",
                "cmi.objectives.1.success_status", "passed");
        Map<String, String> after = Map.of(
                "cmi.objectives.0.id", "obj-putting",
                "cmi.objectives.0.success_status", "passed",
                "cmi.objectives.0.completion_status", "completed",
                "cmi.objectives.0.score.scaled", "0.9",
                "cmi.objectives.1.id", "obj etiquette",
                "cmi.objectives.1.success_status", "passed");
        List<ObjectNode> out = commit(SCORM2004, before, after, false);
        assertThat(verbs(out)).containsExactly("scored", "completed", "passed");
        for (ObjectNode s : out) {
            assertThat(s.at("/object/id").asText()).isEqualTo(ACTIVITIES.scoIri() + "/objectives/obj-putting");
            assertThat(s.at("/object/definition/type").asText())
                    .isEqualTo("http://adlnet.gov/expapi/activities/objective");
            assertThat(s.at("/context/contextActivities/parent/0/id").asText()).isEqualTo(ACTIVITIES.scoIri());
            assertThat(s.at("/context/contextActivities/category/0/id").asText())
                    .isEqualTo("https://w3id.org/xapi/scorm");
        }
        assertThat(out.get(2).at("/result/success").asBoolean()).isTrue();
        assertThat(out.get(2).at("/result/score/scaled").decimalValue()).isEqualByComparingTo("0.9");
        assertThat(ids(out)).doesNotHaveDuplicates();
    }

    @Test
    void scorm12ObjectiveFailedIsCompletedAndFailedAboutTheObjective() {
        List<ObjectNode> out = commit12(
                Map.of("cmi.objectives.0.id", "q", "cmi.objectives.0.status", "incomplete"),
                Map.of("cmi.objectives.0.id", "q", "cmi.objectives.0.status", "failed"),
                false);
        assertThat(verbs(out)).containsExactly("completed", "failed");
        assertThat(out.get(1).at("/object/id").asText()).isEqualTo(ACTIVITIES.scoIri() + "/objectives/q");
        assertThat(out.get(1).at("/result/success").asBoolean()).isFalse();
    }

    private static List<ObjectNode> commit12(Map<String, String> before, Map<String, String> after, boolean end) {
        return commit(SCORM12, before, after, end);
    }

    private static List<ObjectNode> commit(
            UnitSettings settings, Map<String, String> before, Map<String, String> after, boolean end) {
        return commit(settings, ctx("l1/commit/7"), before, after, end);
    }

    private static List<ObjectNode> commit(
            UnitSettings settings,
            StatementContext ctx,
            Map<String, String> before,
            Map<String, String> after,
            boolean end) {
        CmiData b = new CmiData(before);
        CmiData a = new CmiData(after);
        Judgement jb = before.isEmpty() ? Judgement.NOTHING : RuntimeRules.judge(settings, b);
        CommitChange change = new CommitChange(
                settings.version(), b, a, jb, RuntimeRules.judge(settings, a), end, Duration.ofMillis(75_500));
        return ScormStatements.committed(ctx, change);
    }

    private static List<String> verbs(List<ObjectNode> statements) {
        return statements.stream()
                .map(s -> s.at("/verb/display/en-US").asText())
                .toList();
    }

    private static List<String> ids(List<ObjectNode> statements) {
        return statements.stream().map(s -> s.get("id").asText()).toList();
    }

    @Test
    void rolledUpCourseStatusBecomesCompletedAndPassedAboutTheCourse() {
        Judgement before = Judgement.NOTHING;
        Judgement after = new Judgement(
                Judgement.Completion.COMPLETED,
                Judgement.Success.PASSED,
                new Judgement.Score(null, null, null, new java.math.BigDecimal("0.8")));
        List<ObjectNode> out = ScormStatements.courseRolledUp(ctx("commit/3/course"), before, after);
        assertThat(out)
                .extracting(s -> s.path("verb").path("id").asText())
                .containsExactly("http://adlnet.gov/expapi/verbs/completed", "http://adlnet.gov/expapi/verbs/passed");
        assertThat(out).allSatisfy(s -> {
            assertThat(s.path("object").path("id").asText()).isEqualTo(ACTIVITIES.courseIri());
            assertThat(s.path("context").path("contextActivities").has("parent"))
                    .isFalse();
        });
        assertThat(out.get(1).path("result").path("score").path("scaled").asDouble())
                .isEqualTo(0.8);
        assertThat(ScormStatements.courseRolledUp(ctx("commit/4/course"), after, after))
                .isEmpty();
    }
}
