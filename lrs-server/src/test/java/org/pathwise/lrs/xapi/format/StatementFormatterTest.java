package org.pathwise.lrs.xapi.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathwise.lrs.xapi.Fixtures;
import org.pathwise.lrs.xapi.StrictJson;
import org.pathwise.lrs.xapi.XapiException;
import org.pathwise.lrs.xapi.XapiVersion;
import org.pathwise.lrs.xapi.validation.StatementParser;

class StatementFormatterTest {
    private static ObjectNode fixture(String name) {
        return new StatementParser(XapiVersion.V1_0_3)
                .parseStatement(Fixtures.text("/xapi/statements/valid/" + name + ".json"));
    }

    @Test
    void idsFormatKeepsOnlyIdentifiers() {
        ObjectNode ids = StatementFormatter.ids(fixture("full-activity-statement"));

        assertThat(ids.get("actor").toString())
                .isEqualTo("{\"objectType\":\"Agent\",\"mbox\":\"mailto:ada@example.com\"}");
        assertThat(ids.get("verb").toString()).isEqualTo("{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"}");
        assertThat(ids.get("object").toString()).isEqualTo("{\"id\":\"https://example.com/courses/algebra\"}");
        assertThat(ids.path("result").path("response").asText()).isEqualTo("x=2");
    }

    @Test
    void idsFormatKeepsMembersOfAnonymousGroupsAsIds() {
        ObjectNode ids = StatementFormatter.ids(fixture("anonymous-group-actor"));

        assertThat(ids.get("actor").toString())
                .isEqualTo("{\"objectType\":\"Group\",\"member\":[{\"mbox\":\"mailto:a@example.com\"},"
                        + "{\"account\":{\"homePage\":\"https://lms.example.com\",\"name\":\"u42\"}}]}");
    }

    @Test
    void idsFormatReachesIntoSubStatements() {
        ObjectNode source = fixture("sub-statement");
        source.with("object").with("verb").putObject("display").put("en", "planned");

        JsonNode sub = StatementFormatter.ids(source).get("object");

        assertThat(sub.path("verb").has("display")).isFalse();
        assertThat(sub.path("context")
                        .path("contextActivities")
                        .path("category")
                        .get(0)
                        .toString())
                .isEqualTo("{\"id\":\"https://example.com/cat\"}");
    }

    @Test
    void canonicalFormatKeepsTheBestLanguageOfEachMap() {
        ObjectNode statement = fixture("language-tags");

        ObjectNode canonical =
                StatementFormatter.canonical(statement, "fr;q=0.4, de-CH, de;q=0.9", ActivityDefinitions.none());

        assertThat(canonical.path("verb").path("display").toString()).isEqualTo("{\"de\":\"abgeschlossen\"}");
    }

    @Test
    void canonicalFormatFallsBackWhenNoLanguageMatches() {
        ObjectNode statement = fixture("interaction-choice");

        ObjectNode canonical = StatementFormatter.canonical(statement, "ja", ActivityDefinitions.none());

        assertThat(canonical
                        .path("object")
                        .path("definition")
                        .path("choices")
                        .get(1)
                        .path("description")
                        .toString())
                .isEqualTo("{\"en-US\":\"Java\"}");
    }

    @Test
    void canonicalFormatUsesTheStoresActivityDefinition() {
        JsonNode stored = StrictJson.read("{\"name\":{\"en-US\":\"Algebra I\",\"es\":\"Álgebra I\"}}", "d");
        ActivityDefinitions definitions =
                id -> id.equals("https://example.com/courses/algebra") ? Optional.of(stored) : Optional.empty();

        ObjectNode canonical = StatementFormatter.canonical(fixture("full-activity-statement"), "es", definitions);

        assertThat(canonical.path("object").path("definition").toString())
                .isEqualTo("{\"name\":{\"es\":\"Álgebra I\"}}");
        assertThat(stored.path("name").size()).isEqualTo(2);
    }

    @Test
    void exactFormatIsACopyOfTheStatement() {
        ObjectNode statement = fixture("full-activity-statement");

        assertThat(StatementFormatter.render(statement, StatementFormat.EXACT, null, ActivityDefinitions.none()))
                .isEqualTo(statement)
                .isNotSameAs(statement);
    }

    @Test
    void rejectsAnUnknownFormatParameter() {
        assertThat(StatementFormat.fromParameter(null)).isEqualTo(StatementFormat.EXACT);
        assertThatThrownBy(() -> StatementFormat.fromParameter("full")).isInstanceOf(XapiException.class);
    }
}
