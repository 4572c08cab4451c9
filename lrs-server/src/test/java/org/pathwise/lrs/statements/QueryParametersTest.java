package org.pathwise.lrs.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwise.lrs.xapi.XapiException;
import org.pathwise.lrs.xapi.XapiVersion;
import org.pathwise.lrs.xapi.format.StatementFormat;

class QueryParametersTest {

    private static StatementRequest parse(String... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return QueryParameters.parse(map, XapiVersion.V1_0_3, 500);
    }

    @Test
    void readsEveryFilterIntoTheQuery() {
        var request = (StatementRequest.Query) parse(
                "agent", "{\"mbox\":\"mailto:A@Example.com\"}",
                "verb", "http://v",
                "activity", "http://a",
                "registration", "6F5A2B1E-0C1D-4E7F-8A9B-0C1D2E3F4A5B",
                "related_agents", "true",
                "since", "2024-01-01T00:00:00.5Z",
                "limit", "10",
                "format", "ids",
                "ascending", "true");
        StatementQuery q = request.query();
        assertThat(q.agent()).isEqualTo("mbox::mailto:A@example.com");
        assertThat(q.registration()).isEqualTo("6f5a2b1e-0c1d-4e7f-8a9b-0c1d2e3f4a5b");
        assertThat(q.relatedAgents()).isTrue();
        assertThat(q.relatedActivities()).isFalse();
        assertThat(q.since()).isEqualTo(1_704_067_200_500_000L);
        assertThat(q.limit()).isEqualTo(10);
        assertThat(q.format()).isEqualTo(StatementFormat.IDS);
        assertThat(q.ascending()).isTrue();
    }

    @Test
    void limitZeroOrAboveTheMaximumMeansTheServerMaximum() {
        assertThat(((StatementRequest.Query) parse("limit", "0")).query().limit())
                .isEqualTo(500);
        assertThat(((StatementRequest.Query) parse("limit", "100000")).query().limit())
                .isEqualTo(500);
        assertThat(((StatementRequest.Query) parse()).query().limit()).isEqualTo(500);
    }

    @Test
    void statementIdAllowsOnlyFormatAndAttachments() {
        var single = (StatementRequest.Single)
                parse("voidedStatementId", "6f5a2b1e-0c1d-4e7f-8a9b-0c1d2e3f4a5b", "attachments", "true");
        assertThat(single.voided()).isTrue();
        assertThat(single.attachments()).isTrue();
        assertThatThrownBy(() -> parse("statementId", "6f5a2b1e-0c1d-4e7f-8a9b-0c1d2e3f4a5b", "limit", "1"))
                .hasMessageStartingWith("limit:");
    }

    @Test
    void malformedUnknownOrRepeatedParametersAreBadRequestsNamingThem() {
        String[][] cases = {
            {"limit", "-1"}, {"limit", "ten"}, {"since", "yesterday"}, {"until", "2024-13-01T00:00:00Z"},
            {"registration", "nope"}, {"verb", "no iri"}, {"ascending", "yes"}, {"agent", "{\"name\":\"x\"}"},
            {"statementId", "123"}, {"colour", "red"}
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> parse(c[0], c[1]))
                    .isInstanceOf(XapiException.class)
                    .hasMessageStartingWith(c[0]);
        }
        assertThatThrownBy(() -> parse("verb", "http://a", "verb", "http://b")).hasMessageStartingWith("verb:");
    }
}
