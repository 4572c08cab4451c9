package org.pathwise.lrs.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pathwise.lrs.xapi.format.StatementFormat;

class QuerySqlTest {

    private static StatementQuery query(String agent, String activity, boolean related, boolean ascending) {
        return new StatementQuery(
                agent,
                "http://v",
                activity,
                null,
                related,
                related,
                10L,
                20L,
                5,
                StatementFormat.EXACT,
                false,
                ascending,
                null);
    }

    @Test
    void plainQueryPagesOnTheStatementSeqDescendingWithinTheStore() {
        QuerySql sql = QuerySql.page(3, query(null, null, false, false), null, 6);
        assertThat(sql.sql())
                .startsWith("SELECT s.seq")
                .contains("WHERE s.store_id = ? AND s.voided = 0")
                .contains("s.verb_hash = ?", "s.stored > ?", "s.stored <= ?")
                .endsWith("ORDER BY s.seq DESC LIMIT ?")
                .doesNotContain("JOIN");
        assertThat(sql.parameters()).containsExactly(3L, KeyHash.of("http://v"), 10L, 20L, 6);
    }

    @Test
    void agentFilterDrivesFromTheAgentIndexAndKeepsOnlyDirectRowsUnlessRelated() {
        QuerySql direct = QuerySql.page(3, query("mbox::mailto:a@b.c", null, false, true), 99L, 6);
        assertThat(direct.sql())
                .contains("JOIN lrs_statement_agent ag", "ag.direct = 1", "WHERE ag.store_id = ?", "ag.seq > ?")
                .endsWith("ORDER BY ag.seq ASC LIMIT ?");
        assertThat(direct.parameters().get(0)).isEqualTo(KeyHash.of("mbox::mailto:a@b.c"));
        assertThat(direct.parameters()).endsWith(99L, 6);
        QuerySql related = QuerySql.page(3, query("mbox::mailto:a@b.c", null, true, false), null, 6);
        assertThat(related.sql()).doesNotContain("direct");
    }

    @Test
    void activityAndAgentTogetherJoinBothIndexesAndBindInOrder() {
        QuerySql sql = QuerySql.page(3, query("mbox::mailto:a@b.c", "http://act", false, false), 50L, 6);
        assertThat(sql.sql())
                .contains("lrs_statement_agent ag", "lrs_statement_activity ac", "ac.direct = 1", "ag.seq < ?");
        assertThat(sql.parameters())
                .containsExactly(
                        KeyHash.of("mbox::mailto:a@b.c"),
                        KeyHash.of("http://act"),
                        3L,
                        KeyHash.of("http://v"),
                        10L,
                        20L,
                        50L,
                        6);
        assertThat(sql.sql().chars().filter(ch -> ch == '?').count())
                .isEqualTo(sql.parameters().size());
    }
}
