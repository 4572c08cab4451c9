package org.pathwise.learning.sequencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.learning.sequencing.LearningFixtures.BASICS;
import static org.pathwise.learning.sequencing.LearningFixtures.NEW_HIRE;
import static org.pathwise.learning.sequencing.LearningFixtures.T0;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DecisionStatementsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final DecisionStatements statements = new DecisionStatements("https://tool.example.org/pathways/");

    @Test
    void rendersARecommendationAsAnXapiStatementWithReasonExtensions() throws Exception {
        JsonNode actor = JSON.readTree("{\"objectType\":\"Agent\",\"mbox\":\"mailto:ana@example.org\"}");
        Decision next = new Scenario().plan(NEW_HIRE).next();

        JsonNode s = statements.toStatement(
                next, actor, "Fractions basics", "6f1f6c1e-1111-4b4b-8c8c-0123456789ab", T0, Locale.US);

        assertThat(s.at("/actor")).isEqualTo(actor);
        assertThat(s.at("/verb/id").asText()).isEqualTo("https://pathwise.org/xapi/verbs/recommended");
        assertThat(s.at("/object/id").asText()).isEqualTo(BASICS);
        assertThat(s.at("/object/definition/name/en-US").asText()).isEqualTo("Fractions basics");
        JsonNode ext = s.at("/result/extensions");
        assertThat(ext.get(DecisionStatements.REASON_CODE).asText()).isEqualTo("NEXT_IN_PATHWAY");
        assertThat(ext.get(DecisionStatements.REASON_PARAMETERS).get("module").asText())
                .isEqualTo(BASICS);
        assertThat(s.at("/result/response").asText()).isEqualTo(next.sentence());
        assertThat(s.at("/context/registration").asText()).isEqualTo("6f1f6c1e-1111-4b4b-8c8c-0123456789ab");
        assertThat(s.at("/context/contextActivities/parent/0/id").asText())
                .isEqualTo("https://tool.example.org/pathways/new-hire");
        assertThat(s.at("/timestamp").asText()).isEqualTo("2025-01-06T09:00:00Z");
    }

    @Test
    void rendersASkipWithTheSkippedVerb() {
        Scenario scenario = new Scenario().answers("fractions-basics", T0, 1, 1, 1);
        Decision skipped = Scenario.skippedDecision(scenario.plan(NEW_HIRE), BASICS);

        JsonNode s = statements.toStatement(
                skipped, JSON.createObjectNode().put("mbox", "mailto:ana@example.org"), null, null, T0, Locale.US);

        assertThat(s.at("/verb/id").asText()).isEqualTo(DecisionStatements.SKIPPED);
        assertThat(s.at("/result/extensions")
                        .get(DecisionStatements.REASON_CODE)
                        .asText())
                .isEqualTo("MASTERED");
        assertThat(s.at("/context/registration").isMissingNode()).isTrue();
    }
}
