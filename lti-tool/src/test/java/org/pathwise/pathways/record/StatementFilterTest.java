package org.pathwise.pathways.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StatementFilterTest {

    static final ObjectMapper JSON = new ObjectMapper();
    final StatementFilter filter = new StatementFilter("https://tool.example/");

    static JsonNode statement(String homePage, String verb) throws Exception {
        return JSON.readTree("{\"id\":\"6fbd600f-d17c-4c74-801a-2ec2e53231c7\",\"actor\":{\"account\":{\"homePage\":\""
                + homePage + "\",\"name\":\"learner-1\"}},\"verb\":{\"id\":\"" + verb + "\"},"
                + "\"object\":{\"id\":\"https://tool.example/activities/scorm/p/a\"},"
                + "\"timestamp\":\"2026-11-23T10:15:30+01:00\",\"stored\":\"2026-11-23T09:20:00Z\"}");
    }

    @Test
    void keepsStatementsOfTheToolsLearnersUnderTheirAccountName() throws Exception {
        assertThat(filter.learner(statement("https://tool.example", "http://adlnet.gov/expapi/verbs/answered")))
                .contains("learner-1");
    }

    @Test
    void dropsOtherAccountsAndTheToolsOwnDecisions() throws Exception {
        assertThat(filter.learner(statement("https://other.example", "http://adlnet.gov/expapi/verbs/answered")))
                .isEmpty();
        assertThat(filter.learner(statement("https://tool.example", "https://pathwise.org/xapi/verbs/recommended")))
                .isEmpty();
    }

    @Test
    void recognisesVoidingAndReadsTheTimestampWithItsOffset() throws Exception {
        JsonNode voiding = JSON.readTree("{\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/voided\"},"
                + "\"object\":{\"objectType\":\"StatementRef\",\"id\":\"abc\"}}");
        assertThat(StatementFilter.voids(voiding)).contains("abc");
        assertThat(StatementFilter.voids(statement("https://tool.example", "http://adlnet.gov/expapi/verbs/answered")))
                .isEmpty();
        assertThat(StatementFilter.time(statement("https://tool.example", "x")))
                .isEqualTo(Instant.parse("2026-11-23T09:15:30Z"));
    }
}
