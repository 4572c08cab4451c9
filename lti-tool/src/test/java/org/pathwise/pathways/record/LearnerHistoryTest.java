package org.pathwise.pathways.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathwise.learning.content.Competency;
import org.pathwise.learning.content.CompetencyFramework;
import org.pathwise.learning.content.ContentModel;
import org.pathwise.learning.content.Module;

class LearnerHistoryTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String LESSON = "https://t/activities/scorm/p/lesson";
    static final String QUIZ = "https://t/activities/scorm/p/quiz";

    static final ContentModel CONTENT = ContentModel.builder(
                    CompetencyFramework.of("f", List.of(new Competency("frac", "Fractions", null))))
            .module(Module.lesson(LESSON, "Lesson", Set.of("frac"), Duration.ofMinutes(5)))
            .module(Module.lesson(QUIZ, "Quiz", Set.of("frac"), Duration.ofMinutes(5)))
            .build();

    static JsonNode answer(String id, String activity, boolean success, String at) throws Exception {
        return JSON.readTree("{\"id\":\"" + id
                + "\",\"actor\":{\"account\":{\"homePage\":\"https://t\",\"name\":\"l\"}},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/answered\"},\"object\":{\"id\":\"" + activity
                + "\"},\"result\":{\"success\":" + success + "},\"timestamp\":\"" + at + "\"}");
    }

    @Test
    void replaysAnswersOnInteractionsAsEvidenceOfTheScosCompetencies() throws Exception {
        LearnerHistory h = LearnerHistory.replay(
                CONTENT,
                ParameterStore.defaults(),
                "l",
                List.of(
                        answer("a1", QUIZ + "/interactions/q1", true, "2026-11-23T10:00:00Z"),
                        answer("a2", QUIZ + "/interactions/q2", true, "2026-11-23T10:01:00Z")));
        assertThat(h.observations()).hasSize(2);
        assertThat(h.observations().get(0).skills()).containsExactly("frac");
        // standard BKT starting values: two right answers take mastery from 0.5 to about 0.96
        assertThat(h.model().masteryNow("l", "frac", Instant.parse("2026-11-23T10:01:00Z")))
                .isBetween(0.95, 0.97);
    }

    @Test
    void aVoidedAnswerCountsForNothing() throws Exception {
        JsonNode voiding = JSON.readTree("{\"id\":\"v1\",\"actor\":{\"mbox\":\"mailto:admin@t\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/voided\"},"
                + "\"object\":{\"objectType\":\"StatementRef\",\"id\":\"a1\"},\"timestamp\":\"2026-11-23T10:02:00Z\"}");
        LearnerHistory h = LearnerHistory.replay(
                CONTENT,
                ParameterStore.defaults(),
                "l",
                List.of(answer("a1", QUIZ + "/interactions/q1", false, "2026-11-23T10:00:00Z"), voiding));
        assertThat(h.observations()).isEmpty();
    }

    @Test
    void defaultParametersSurviveTheirJsonRoundTrip() {
        String json = ParameterStore.write(ParameterStore.defaults());
        assertThat(ParameterStore.read(json)).isEqualTo(ParameterStore.defaults());
    }

    @Test
    void resumingFromAStoredSnapshotWithTheNewStatementsEqualsTheFullReplay() throws Exception {
        List<JsonNode> first = List.of(
                answer("a1", QUIZ + "/interactions/q1", false, "2026-11-23T10:00:00Z"),
                answer("a2", QUIZ, true, "2026-11-23T10:01:00Z"));
        List<JsonNode> rest = List.of(
                answer("a3", QUIZ + "/interactions/q2", true, "2026-11-23T10:02:00Z"),
                answer("a4", LESSON, false, "2026-11-23T10:03:00Z"));
        List<JsonNode> all = new java.util.ArrayList<>(first);
        all.addAll(rest);
        LearnerHistory replayed = LearnerHistory.replay(CONTENT, ParameterStore.defaults(), "l", all);

        LearnerHistory before = LearnerHistory.replay(CONTENT, ParameterStore.defaults(), "l", first);
        var snapshot = JSON.readValue(
                JSON.writeValueAsString(before.model().snapshot("l")),
                org.pathwise.learning.model.LearnerSnapshot.class);
        var model = org.pathwise.learning.model.LearnerModel.of(ParameterStore.defaults());
        model.restore(snapshot);
        LearnerHistory resumed =
                LearnerHistory.resume(CONTENT, model, before.progress(), before.latestScores(), "l", rest);

        Instant now = Instant.parse("2026-11-24T10:00:00Z");
        assertThat(resumed.model().masteryNow("l", "frac", now))
                .isEqualTo(replayed.model().masteryNow("l", "frac", now));
        assertThat(resumed.model().evidence("l", "frac")).isEqualTo(4);
        assertThat(resumed.progress()).isEqualTo(replayed.progress());
        assertThat(resumed.latestScores()).isEqualTo(replayed.latestScores());
        assertThat(resumed.latestScore(QUIZ)).hasValue(1.0);
    }
}
