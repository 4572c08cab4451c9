package org.pathwise.lrs.xapi.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwise.lrs.xapi.Fixtures;
import org.pathwise.lrs.xapi.XapiErrorKind;
import org.pathwise.lrs.xapi.XapiVersion;

class StatementParserTest {
    private static final String MINIMAL =
            "{\"actor\":{\"mbox\":\"mailto:a@example.com\"},\"verb\":{\"id\":\"http://example.com/v\"},"
                    + "\"object\":{\"id\":\"http://example.com/a\"}%s}";

    @Test
    void normalizesSingleContextActivitiesToArrays() {
        ObjectNode statement = new StatementParser(XapiVersion.V1_0_3)
                .parseStatement(Fixtures.text("/xapi/statements/valid/context-activities-single-objects.json"));

        var activities = statement.path("context").path("contextActivities");
        assertThat(activities.get("parent").isArray()).isTrue();
        assertThat(activities.get("parent").get(0).path("id").asText()).isEqualTo("https://example.com/p");
        assertThat(activities.get("other").get(0).path("id").asText()).isEqualTo("https://example.com/o");
    }

    @Test
    void convertsOffsetTimestampsToUtcIn20Only() {
        String json = MINIMAL.formatted(",\"timestamp\":\"2024-03-01T12:00:00.123+02:00\"");

        assertThat(new StatementParser(XapiVersion.V2_0_0)
                        .parseStatement(json)
                        .get("timestamp")
                        .asText())
                .isEqualTo("2024-03-01T10:00:00.123Z");
        assertThat(new StatementParser(XapiVersion.V1_0_3)
                        .parseStatement(json)
                        .get("timestamp")
                        .asText())
                .isEqualTo("2024-03-01T12:00:00.123+02:00");
    }

    @Test
    void keepsNumbersExactlyAsSent() {
        String json = MINIMAL.formatted(",\"result\":{\"score\":{\"scaled\":0.12345678901234567890,\"raw\":1.50}}");

        ObjectNode statement = new StatementParser(XapiVersion.V1_0_3).parseStatement(json);

        assertThat(statement.path("result").path("score").toString())
                .isEqualTo("{\"scaled\":0.12345678901234567890,\"raw\":1.50}");
    }

    @Test
    void parsesAnArrayOfStatementsInOrder() {
        String json = "[" + MINIMAL.formatted("") + ","
                + MINIMAL.formatted(",\"id\":\"fd41c918-b88b-4b20-a0a5-a4c32391aaa0\"") + "]";

        List<ObjectNode> statements = new StatementParser(XapiVersion.V1_0_3).parseStatements(json);

        assertThat(statements).hasSize(2);
        assertThat(statements.get(1).get("id").asText()).isEqualTo("fd41c918-b88b-4b20-a0a5-a4c32391aaa0");
    }

    @Test
    void reportsEveryViolationNotOnlyTheFirst() {
        String json = "{\"actor\":{\"mbox\":\"a\"},\"verb\":{\"id\":\"v\"},\"object\":{\"id\":\"o\"}}";

        assertThatThrownBy(() -> new StatementParser(XapiVersion.V1_0_3).parseStatement(json))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(XapiErrorKind.BAD_REQUEST);
                    assertThat(e.violations())
                            .extracting(Violation::path)
                            .containsExactly("statement.actor.mbox", "statement.verb.id", "statement.object.id");
                    assertThat(e.getMessage()).startsWith("statement.actor.mbox: must be a mailto: IRI");
                });
    }

    @Test
    void rejectsAnArrayWhereOneStatementIsExpected() {
        assertThatThrownBy(
                        () -> new StatementParser(XapiVersion.V1_0_3).parseStatement("[" + MINIMAL.formatted("") + "]"))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("statement: must be a single statement object");
    }
}
