package org.pathwise.tool.pages.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StatementQueryTest {

    private static String decoded(String query) {
        return URLDecoder.decode(query, StandardCharsets.UTF_8);
    }

    @Test
    void filtersBecomeXapiQueryParameters() {
        String q = decoded(StatementQuery.build(
                "ada@example.edu",
                "http://adlnet.gov/expapi/verbs/completed",
                "https://example.edu/course/1",
                "2026-11-01",
                "2026-11-23T10:00Z"));
        assertThat(q)
                .startsWith("/statements?")
                .contains("agent={\"mbox\":\"mailto:ada@example.edu\"}")
                .contains("verb=http://adlnet.gov/expapi/verbs/completed")
                .contains("activity=https://example.edu/course/1")
                .contains("since=2026-11-01T00:00:00Z")
                .contains("until=2026-11-23T10:00:00Z")
                .endsWith("limit=25");
    }

    @Test
    void accountAgentUsesTheLearnerIdNotation() {
        assertThat(StatementQuery.agent("account:https://lms.example.edu|42"))
                .isEqualTo("{\"account\":{\"homePage\":\"https://lms.example.edu\",\"name\":\"42\"}}");
    }

    @Test
    void emptyFiltersAreLeftOut() {
        assertThat(StatementQuery.build("", null, " ", null, "")).isEqualTo("/statements?limit=25");
    }

    @Test
    void wrongFilterIsNamed() {
        assertThatThrownBy(() -> StatementQuery.build(null, "completed", null, null, null))
                .isInstanceOf(StatementQuery.Invalid.class)
                .hasMessageStartingWith("verb:");
        assertThatThrownBy(() -> StatementQuery.build(null, null, null, "yesterday", null))
                .hasMessageStartingWith("since:");
        assertThatThrownBy(() -> StatementQuery.build("nobody", null, null, null, null))
                .hasMessageStartingWith("agent:");
    }

    @Test
    void moreLinkMustStayOnTheLrsStatementsResource() {
        assertThat(StatementQuery.more("/xapi/statements?more=abc&limit=25", "http://127.0.0.1:8080/xapi"))
                .isEqualTo("/statements?more=abc&limit=25");
        assertThatThrownBy(
                        () -> StatementQuery.more("http://evil.example/xapi/statements", "http://127.0.0.1:8080/xapi"))
                .hasMessageStartingWith("more:");
        assertThatThrownBy(() -> StatementQuery.more("/xapi/admin/stores", "http://127.0.0.1:8080/xapi"))
                .hasMessageStartingWith("more:");
    }
}
