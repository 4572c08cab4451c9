package org.pathwise.lrs.xapi.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.pathwise.lrs.xapi.Fixtures;
import org.pathwise.lrs.xapi.XapiVersion;
import org.pathwise.lrs.xapi.validation.StatementParser;

class StatementIndexerTest {
    private static ObjectNode fixture(String name, XapiVersion version) {
        return new StatementParser(version).parseStatement(Fixtures.text("/xapi/statements/valid/" + name + ".json"));
    }

    @Test
    void extractsTheQueriedFieldsOfAnActivityStatement() {
        StatementIndex index = StatementIndexer.index(fixture("full-activity-statement", XapiVersion.V1_0_3));

        assertThat(index.id()).contains("fd41c918-b88b-4b20-a0a5-a4c32391aaa0");
        assertThat(index.actor()).contains("mbox::mailto:ada@example.com");
        assertThat(index.verbId()).isEqualTo("http://adlnet.gov/expapi/verbs/completed");
        assertThat(index.activityId()).contains("https://example.com/courses/algebra");
        assertThat(index.registration()).contains("6b9bd8c8-2d6c-4f33-a6a4-1a1b4f0c7e21");
        assertThat(index.relatedActivities())
                .containsExactlyInAnyOrder("https://example.com/courses/algebra", "https://example.com/programs/math");
        assertThat(index.isVoiding()).isFalse();
    }

    @Test
    void findsTheTargetOfAVoidingStatement() {
        StatementIndex index = StatementIndexer.index(fixture("voiding-statement", XapiVersion.V1_0_3));

        assertThat(index.voidedStatementId()).contains("e05aa883-acaf-40ad-bf54-02c8ce485fb0");
        assertThat(index.statementRefId()).contains("e05aa883-acaf-40ad-bf54-02c8ce485fb0");
        assertThat(index.activityId()).isEmpty();
    }

    @Test
    void relatesAgentsAndActivitiesInsideASubStatement() {
        StatementIndex index = StatementIndexer.index(fixture("sub-statement", XapiVersion.V1_0_3));

        assertThat(index.activityId()).isEmpty();
        assertThat(index.relatedAgents()).contains("mbox::mailto:ada@example.com", "mbox::mailto:bob@example.com");
        assertThat(index.agents()).containsExactly("mbox::mailto:ada@example.com");
        assertThat(index.relatedActivities())
                .contains("https://example.com/courses/geometry", "https://example.com/cat");
    }

    @Test
    void relatesGroupMembersInstructorTeamAuthorityAndContextAgents() {
        ObjectNode statement = fixture("v2-context-agents-and-groups", XapiVersion.V2_0_0);
        statement.set(
                "authority",
                fixture("oauth-authority-group", XapiVersion.V1_0_3).get("authority"));
        statement.set(
                "actor", fixture("anonymous-group-actor", XapiVersion.V1_0_3).get("actor"));

        StatementIndex index = StatementIndexer.index(statement);

        assertThat(index.actor()).isEmpty();
        assertThat(index.relatedAgents())
                .contains(
                        "mbox::mailto:a@example.com",
                        "account::https://lms.example.com::u42",
                        "mbox::mailto:coach@example.com",
                        "mbox::mailto:t@example.com",
                        "mbox::mailto:bob@example.com",
                        "account::http://example.com/xAPI/OAuth/Token::oauth_consumer_x75db");
    }

    @Test
    void indexesAnAgentObjectForTheAgentFilter() {
        StatementIndex index =
                StatementIndexer.index(fixture("agent-object-with-instructor-and-team", XapiVersion.V1_0_3));

        assertThat(index.objectAgent()).contains("account::https://lms.example.com::u7");
        assertThat(index.agents()).contains("account::https://lms.example.com::u7", "mbox::mailto:ada@example.com");
        assertThat(index.relatedAgents()).contains("mbox::mailto:prof@example.com", "mbox::mailto:team@example.com");
    }

    @Test
    void lowerCasesUuidsAndMailDomainsInKeys() {
        ObjectNode statement = fixture("uppercase-uuid", XapiVersion.V1_0_3);
        statement.with("actor").put("mbox", "mailto:Ada@EXAMPLE.com");

        StatementIndex index = StatementIndexer.index(statement);

        assertThat(index.id()).contains("fd41c918-b88b-4b20-a0a5-a4c32391aaa0");
        assertThat(index.actor()).contains("mbox::mailto:Ada@example.com");
    }
}
