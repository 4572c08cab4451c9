package org.pathwise.lrs.statements;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of one page of a statement query: index tables joined for agent and activity filters, the page taken by
 * keyset on {@code seq} (the store's acceptance order, which is also {@code stored} order) of the driving table, up
 * to the store's watermark (so a page never passes a seq still being written).
 * When the query has filters other than time, statements whose StatementRef targets a matching statement match too
 * (Communication 2.1.3, "Filter Conditions for StatementRefs"; one level, voided targets included): a second branch
 * finds those, and the two are merged by seq. Each branch is ordered and limited on its own index before the merge;
 * the StatementRef branch starts from the StatementRef statements only ({@code statement_ref IS NOT NULL}, an index
 * range), so its cost follows the number of StatementRefs in the store, not the number of statements.
 *
 * @param sql the statement text, with {@code ?} placeholders
 * @param parameters the values to bind, in order (Long, Integer or byte[])
 */
public record QuerySql(String sql, List<Object> parameters) {
    private static final String COLUMNS = "seq, stored, voided, authority_hash, has_attachments, body";

    /**
     * @param afterSeq the last seq of the previous page, or null for the first page
     * @param rows how many rows to fetch (one more than the page to learn whether there is a next page)
     * @param upToSeq the store's watermark ({@link SeqRanges#watermark}): no statement after it is returned, or
     *     null for no limit
     */
    public static QuerySql page(long storeId, StatementQuery query, Long afterSeq, int rows, Long upToSeq) {
        List<Object> params = new ArrayList<>();
        String direction = query.ascending() ? " ASC" : " DESC";
        if (!filtersTargets(query)) {
            return new QuerySql(branch(storeId, query, afterSeq, rows, upToSeq, false, params), List.copyOf(params));
        }
        String direct = branch(storeId, query, afterSeq, rows, upToSeq, false, params);
        String viaRef = branch(storeId, query, afterSeq, rows, upToSeq, true, params);
        params.add(storeId);
        params.add(rows);
        String sql = "SELECT " + columns("x") + " FROM lrs_statement x JOIN ((" + direct + ") UNION (" + viaRef
                + ")) u ON x.seq = u.seq WHERE x.store_id = ? ORDER BY x.seq" + direction + " LIMIT ?";
        return new QuerySql(sql, List.copyOf(params));
    }

    /** Whether a filter other than since/until applies, so StatementRefs to matching statements match too. */
    static boolean filtersTargets(StatementQuery query) {
        return query.agent() != null
                || query.verb() != null
                || query.activity() != null
                || query.registration() != null;
    }

    /**
     * One branch selecting the seq of matching statements: the filters apply to {@code s}; the returned row is
     * {@code s} itself, or ({@code viaRef}) the statement {@code r} whose StatementRef targets {@code s}.
     */
    private static String branch(
            long storeId,
            StatementQuery query,
            Long afterSeq,
            int rows,
            Long upToSeq,
            boolean viaRef,
            List<Object> params) {
        StringBuilder from = new StringBuilder(
                viaRef
                        ? "FROM lrs_statement r JOIN lrs_statement s ON s.store_id = r.store_id"
                                + " AND s.statement_id = r.statement_ref"
                        : "FROM lrs_statement s");
        String seq = viaRef ? "r.seq" : "s.seq";
        if (query.agent() != null) {
            from.append(" JOIN lrs_statement_agent ag ON ag.store_id = s.store_id AND ag.seq = s.seq"
                    + " AND ag.agent_hash = ?");
            from.append(query.relatedAgents() ? "" : " AND ag.direct = 1");
            params.add(KeyHash.of(query.agent()));
            seq = viaRef ? seq : "ag.seq";
        }
        if (query.activity() != null) {
            from.append(" JOIN lrs_statement_activity ac ON ac.store_id = s.store_id AND ac.seq = s.seq"
                    + " AND ac.activity_hash = ?");
            from.append(query.relatedActivities() ? "" : " AND ac.direct = 1");
            params.add(KeyHash.of(query.activity()));
            if (query.verb() != null) {
                // the verb on the activity row (V13) sorts out other verbs before any statement row is read; NULL on
                // rows of a node older than V13, which the statement's own verb_hash below still checks
                from.append(" AND (ac.verb_hash = ? OR ac.verb_hash IS NULL)");
                params.add(KeyHash.of(query.verb()));
            }
            seq = viaRef || query.agent() != null ? seq : "ac.seq";
        }
        String returned = viaRef ? "r" : "s";
        String driver = seq.substring(0, seq.indexOf('.'));
        StringBuilder where = new StringBuilder(" WHERE " + driver + ".store_id = ? AND " + returned + ".voided = 0");
        params.add(storeId);
        if (viaRef) {
            // only the store's StatementRef statements, found by their index (not a scan of every statement)
            where.append(" AND r.statement_ref IS NOT NULL");
        }
        condition(where, params, "s.verb_hash = ?", query.verb() == null ? null : KeyHash.of(query.verb()));
        condition(
                where,
                params,
                "s.registration = ?",
                query.registration() == null ? null : Uuids.toBytes(query.registration()));
        condition(where, params, returned + ".authority_hash = ?", query.authority());
        condition(where, params, returned + ".stored > ?", query.since());
        condition(where, params, returned + ".stored <= ?", query.until());
        condition(where, params, seq + (query.ascending() ? " > ?" : " < ?"), afterSeq);
        // "+ 0": the watermark lies at or near the newest seq, so it never narrows a page; as a plain range on the
        // primary key it let the optimizer scan a whole store backwards for the StatementRef branch (benchmark
        // tail, docs/benchmarks.md). As an expression it is only checked on the rows the indexes already chose.
        condition(where, params, seq + " + 0 <= ?", upToSeq);
        params.add(rows);
        String select = viaRef || filtersTargets(query) ? seq + " AS seq" : columns("s");
        return "SELECT " + select + " " + from + where + " ORDER BY " + seq + (query.ascending() ? " ASC" : " DESC")
                + " LIMIT ?";
    }

    private static String columns(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }

    private static void condition(StringBuilder where, List<Object> params, String clause, Object value) {
        if (value != null) {
            where.append(" AND ").append(clause);
            params.add(value);
        }
    }
}
