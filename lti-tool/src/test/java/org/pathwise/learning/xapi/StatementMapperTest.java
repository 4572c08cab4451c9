package org.pathwise.learning.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.learning.sequencing.LearningFixtures.ADDING;
import static org.pathwise.learning.sequencing.LearningFixtures.BASE;
import static org.pathwise.learning.sequencing.LearningFixtures.BASICS;
import static org.pathwise.learning.sequencing.LearningFixtures.FINAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathwise.learning.model.Observation;
import org.pathwise.learning.sequencing.LearningFixtures;
import org.pathwise.learning.sequencing.ProgressEvent;
import org.pathwise.learning.sequencing.ProgressKind;

class StatementMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final StatementMapper mapper = new StatementMapper(LearningFixtures.content());

    /** The mapping table of package-info, one fixture statement per row. */
    @ParameterizedTest(name = "{0} -> {1}, score {2}, progress {3}")
    @CsvSource({
        "answered-item-correct, EVIDENCE, 1.0, ANSWERED",
        "answered-interaction-partial, EVIDENCE, 0.5, ACTIVITY",
        "answered-via-parent-account-stored, EVIDENCE, 0.0, ACTIVITY",
        "passed-cmi5-au, EVIDENCE, 1.0, PASSED",
        "failed-cmi5-au, EVIDENCE, 0.0, FAILED",
        "mastered, EVIDENCE, 1.0, PASSED",
        "completed-without-result, PROGRESS, , COMPLETED",
        "completed-with-raw-score, EVIDENCE, 0.8, COMPLETED",
        "experienced, PROGRESS, , ACTIVITY",
        "waived-cmi5-au, PROGRESS, , SATISFIED",
        "voiding, VOIDING, , ",
        "group-actor, IGNORED, , ",
        "unknown-activity, IGNORED, , ",
        "substatement, IGNORED, , "
    })
    void mapsEachVerbAsTheTableSays(String fixture, Mapping.Kind kind, Double score, ProgressKind progress) {
        Mapping m = mapper.map(statement(fixture));

        assertThat(m.kind()).isEqualTo(kind);
        assertThat(m.observationIfAny().map(Observation::score).orElse(null)).isEqualTo(score);
        assertThat(m.progressIfAny().map(ProgressEvent::kind).orElse(null)).isEqualTo(progress);
    }

    @Test
    void answerOnAnItemIsEvidenceForItsCompetenciesWithTimeAndRegistration() {
        Mapping m = mapper.map(statement("answered-item-correct"));

        Observation o = m.observation();
        assertThat(o.learnerId()).isEqualTo("mailto:ana@example.org");
        assertThat(o.skills()).containsExactly("decimals");
        assertThat(o.itemId()).isEqualTo(BASE + "items/d2");
        assertThat(o.timestamp()).isEqualTo(Instant.parse("2025-01-06T09:00:00Z"));
        assertThat(m.progress().registration()).isEqualTo("6f1f6c1e-1111-4b4b-8c8c-0123456789ab");
        assertThat(m.statementId()).isEqualTo("0a4e1f7e-0001-4000-8000-000000000001");
    }

    @Test
    void interactionIdIsTracedToItsScoAndKeptAsTheItem() {
        Mapping m = mapper.map(statement("answered-interaction-partial"));

        assertThat(m.observation().skills()).containsExactly("fractions-basics");
        assertThat(m.observation().itemId()).isEqualTo(BASICS + "/interactions/q7");
        assertThat(m.progress().moduleId()).isEqualTo(BASICS);
    }

    @Test
    void moduleLevelResultCountsForEveryCompetencyOfTheModule() {
        Mapping m = mapper.map(statement("passed-cmi5-au"));

        assertThat(m.observation().skills()).containsExactly("adding-fractions", "decimals");
        assertThat(m.progress().moduleId()).isEqualTo(FINAL);
    }

    @Test
    void parentContextActivityLocatesTheModuleAndStoredTimeStandsInForTimestamp() {
        Mapping m = mapper.map(statement("answered-via-parent-account-stored"));

        assertThat(m.observation().learnerId()).isEqualTo("account:https://lms.example.org|u-42");
        assertThat(m.observation().skills()).containsExactly("adding-fractions");
        assertThat(m.observation().timestamp()).isEqualTo(Instant.parse("2025-01-06T09:00:00Z"));
        assertThat(m.progress().moduleId()).isEqualTo(ADDING);
    }

    @Test
    void voidingStatementNamesTheStatementItVoids() {
        assertThat(mapper.map(statement("voiding")).voidedStatementId())
                .isEqualTo("0a4e1f7e-0001-4000-8000-000000000001");
    }

    @Test
    void statementVoidedInTheSameBatchIsDropped() {
        List<Mapping> mapped = mapper.mapAll(
                List.of(statement("answered-item-correct"), statement("experienced"), statement("voiding")));

        assertThat(mapped).extracting(Mapping::kind).containsExactly(Mapping.Kind.PROGRESS, Mapping.Kind.VOIDING);
    }

    @Test
    void ignoredStatementSaysWhy() {
        assertThat(mapper.map(statement("unknown-activity")).note()).contains("https://elsewhere.example.org/course");
        assertThat(mapper.map(statement("group-actor")).note()).contains("group");
    }

    private static JsonNode statement(String name) {
        try (InputStream in = StatementMapperTest.class.getResourceAsStream("/learning/xapi/" + name + ".json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
