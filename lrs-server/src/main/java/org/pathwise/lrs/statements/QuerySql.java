package org.pathwise.lrs.statements;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of one page of a statement query: index tables joined for agent and activity filters, the page taken by
 * keyset on {@code seq} (the store's acceptance order, which is also {@code stored} order) of the driving table.
 *
 * @param sql the statement text, with {@code ?} placeholders
 * @param parameters the values to bind, in order (Long, Integer or byte[])
 */
public record QuerySql(String sql, List<Object> parameters) {

    /**
     * @param afterSeq the last seq of the previous page, or null for the first page
     * @param rows how many rows to fetch (one more than the page to learn whether there is a next page)
     */
    public static QuerySql page(long storeId, StatementQuery query, Long afterSeq, int rows) {
        StringBuilder from = new StringBuilder("FROM lrs_statement s");
        List<Object> joinParams = new ArrayList<>();
        String seq = "s.seq";
        if (query.agent() != null) {
            from.append(" JOIN lrs_statement_agent ag ON ag.store_id = s.store_id AND ag.seq = s.seq"
                    + " AND ag.agent_hash = ?");
            from.append(query.relatedAgents() ? "" : " AND ag.direct = 1");
            joinParams.add(KeyHash.of(query.agent()));
            seq = "ag.seq";
        }
        if (query.activity() != null) {
            from.append(" JOIN lrs_statement_activity ac ON ac.store_id = s.store_id AND ac.seq = s.seq"
                    + " AND ac.activity_hash = ?");
            from.append(query.relatedActivities() ? "" : " AND ac.direct = 1");
            joinParams.add(KeyHash.of(query.activity()));
            seq = query.agent() == null ? "ac.seq" : seq;
        }
        String driver = seq.substring(0, seq.indexOf('.'));
        StringBuilder where = new StringBuilder(" WHERE " + driver + ".store_id = ? AND s.voided = 0");
        List<Object> params = new ArrayList<>(joinParams);
        params.add(storeId);
        condition(where, params, "s.verb_hash = ?", query.verb() == null ? null : KeyHash.of(query.verb()));
        condition(
                where,
                params,
                "s.registration = ?",
                query.registration() == null ? null : Uuids.toBytes(query.registration()));
        condition(where, params, "s.authority_hash = ?", query.authority());
        condition(where, params, "s.stored > ?", query.since());
        condition(where, params, "s.stored <= ?", query.until());
        condition(where, params, seq + (query.ascending() ? " > ?" : " < ?"), afterSeq);
        String order = " ORDER BY " + seq + (query.ascending() ? " ASC" : " DESC") + " LIMIT ?";
        params.add(rows);
        String sql =
                "SELECT s.seq, s.stored, s.voided, s.authority_hash, s.has_attachments, s.body " + from + where + order;
        return new QuerySql(sql, List.copyOf(params));
    }

    private static void condition(StringBuilder where, List<Object> params, String clause, Object value) {
        if (value != null) {
            where.append(" AND ").append(clause);
            params.add(value);
        }
    }
}
