package org.pathwise.lrs.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pathwise.lrs.xapi.format.StatementFormat;

class QuerySqlTest {

    private static StatementQuery query(String agent, String verb, String activity, boolean related, boolean asc) {
        return new StatementQuery(
                agent, verb, activity, null, related, related, 10L, 20L, 5, StatementFormat.EXACT, false, asc, null);
    }

    private static long placeholders(QuerySql sql) {
        return sql.sql().chars().filter(ch -> ch == '?').count();
    }

    @Test
    void timeOnlyQueryPagesOnTheStatementSeqWithinTheStoreWithoutJoins() {
        QuerySql sql = QuerySql.page(3, query(null, null, null, false, false), 77L, 6, null);
        assertThat(sql.sql())
                .startsWith("SELECT s.seq, s.stored, s.voided")
                .contains("WHERE s.store_id = ? AND s.voided = 0", "s.stored > ?", "s.stored <= ?", "s.seq < ?")
                .endsWith("ORDER BY s.seq DESC LIMIT ?")
                .doesNotContain("JOIN", "UNION");
        assertThat(sql.parameters()).containsExactly(3L, 10L, 20L, 77L, 6);
    }

    @Test
    void filtersAlsoMatchStatementsWhoseStatementRefTargetsAMatchingStatement() {
        QuerySql sql = QuerySql.page(3, query(null, "http://v", null, false, true), null, 6, null);
        assertThat(sql.sql())
                .contains(
                        "UNION",
                        "s.statement_id = r.statement_ref",
                        "r.voided = 0",
                        "r.statement_ref IS NOT NULL",
                        "r.stored > ?")
                .endsWith("ORDER BY x.seq ASC LIMIT ?");
        assertThat(sql.parameters())
                .containsExactly(
                        3L, KeyHash.of("http://v"), 10L, 20L, 6, 3L, KeyHash.of("http://v"), 10L, 20L, 6, 3L, 6);
        assertThat(placeholders(sql)).isEqualTo(sql.parameters().size());
    }

    @Test
    void agentFilterDrivesFromTheAgentIndexAndKeepsOnlyDirectRowsUnlessRelated() {
        QuerySql direct = QuerySql.page(3, query("mbox::mailto:a@b.c", null, null, false, true), 99L, 6, null);
        assertThat(direct.sql())
                .contains("JOIN lrs_statement_agent ag", "ag.direct = 1", "WHERE ag.store_id = ?", "ag.seq > ?")
                .contains("ORDER BY ag.seq ASC LIMIT ?");
        assertThat(direct.parameters().get(0)).isEqualTo(KeyHash.of("mbox::mailto:a@b.c"));
        assertThat(placeholders(direct)).isEqualTo(direct.parameters().size());
        QuerySql related = QuerySql.page(3, query("mbox::mailto:a@b.c", null, null, true, false), null, 6, null);
        assertThat(related.sql()).doesNotContain("direct");
    }

    @Test
    void activityAndAgentTogetherJoinBothIndexesAndBindInOrder() {
        QuerySql sql =
                QuerySql.page(3, query("mbox::mailto:a@b.c", "http://v", "http://act", false, false), 50L, 6, null);
        assertThat(sql.sql())
                .contains("lrs_statement_agent ag", "lrs_statement_activity ac", "ac.direct = 1", "ag.seq < ?");
        assertThat(sql.parameters().subList(0, 9))
                .containsExactly(
                        KeyHash.of("mbox::mailto:a@b.c"),
                        KeyHash.of("http://act"),
                        KeyHash.of("http://v"),
                        3L,
                        KeyHash.of("http://v"),
                        10L,
                        20L,
                        50L,
                        6);
        assertThat(placeholders(sql)).isEqualTo(sql.parameters().size());
    }

    @Test
    void verbAndActivityTogetherSortOutOtherVerbsOnTheActivityRowAndStillCheckTheStatementsVerb() {
        QuerySql sql = QuerySql.page(3, query(null, "http://v", "http://act", false, false), null, 6, null);
        assertThat(sql.sql())
                .contains(
                        "JOIN lrs_statement_activity ac",
                        "AND (ac.verb_hash = ? OR ac.verb_hash IS NULL)",
                        "WHERE ac.store_id = ?",
                        "s.verb_hash = ?")
                .contains("ORDER BY ac.seq DESC LIMIT ?");
        assertThat(sql.parameters().subList(0, 4))
                .containsExactly(KeyHash.of("http://act"), KeyHash.of("http://v"), 3L, KeyHash.of("http://v"));
        assertThat(placeholders(sql)).isEqualTo(sql.parameters().size());
        QuerySql activityOnly = QuerySql.page(3, query(null, null, "http://act", false, false), null, 6, null);
        assertThat(activityOnly.sql()).doesNotContain("ac.verb_hash");
    }

    @Test
    void everyBranchStopsAtTheStoresWatermarkOnItsDrivingSeq() {
        QuerySql timeOnly = QuerySql.page(3, query(null, null, null, false, false), 77L, 6, 500L);
        assertThat(timeOnly.sql()).contains("s.seq < ?", "s.seq + 0 <= ?");
        assertThat(timeOnly.parameters()).containsExactly(3L, 10L, 20L, 77L, 500L, 6);
        QuerySql agent = QuerySql.page(3, query("mbox::mailto:a@b.c", null, null, false, true), null, 6, 500L);
        assertThat(agent.sql()).contains("ag.seq + 0 <= ?", "r.seq + 0 <= ?");
        assertThat(agent.parameters().stream().filter(p -> p.equals(500L))).hasSize(2);
        assertThat(placeholders(agent)).isEqualTo(agent.parameters().size());
    }
}
