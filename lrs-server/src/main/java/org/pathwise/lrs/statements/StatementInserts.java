package org.pathwise.lrs.statements;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pathwise.lrs.xapi.multipart.AttachmentPart;

/** The batched INSERTs of the write path: one JDBC batch per table (the driver rewrites each into one statement). */
final class StatementInserts {
    private static final String STATEMENT = "INSERT INTO lrs_statement (store_id, seq, statement_id, stored,"
            + " actor_hash, verb_hash, activity_hash, registration, authority_hash, voided, voiding_target,"
            + " statement_ref, has_attachments, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String AGENT =
            "INSERT INTO lrs_statement_agent (store_id, agent_hash, seq, direct) VALUES (?, ?, ?, ?)";
    private static final String ACTIVITY =
            "INSERT INTO lrs_statement_activity (store_id, activity_hash, seq, direct, verb_hash) VALUES (?, ?, ?, ?, ?)";
    private static final String OUTBOX =
            "INSERT INTO lrs_outbox (store_id, seq, statement_id, created_at) VALUES (?, ?, ?, ?)";
    private static final String ATTACHMENT =
            "INSERT IGNORE INTO lrs_attachment (store_id, sha2, content_type, content) VALUES (?, ?, ?, ?)";

    private StatementInserts() {}

    static void insert(Connection c, List<StatementRow> rows, long nowMillis) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(STATEMENT)) {
            for (StatementRow r : rows) {
                Sql.bind(
                        ps,
                        Arrays.asList(
                                r.storeId(),
                                r.seq(),
                                Uuids.toBytes(r.id()),
                                r.stored(),
                                r.actorHash(),
                                r.verbHash(),
                                r.activityHash(),
                                r.registration() == null ? null : Uuids.toBytes(r.registration()),
                                r.authorityHash(),
                                r.voided() ? 1 : 0,
                                r.voidingTarget() == null ? null : Uuids.toBytes(r.voidingTarget()),
                                r.statementRef() == null ? null : Uuids.toBytes(r.statementRef()),
                                r.hasAttachments() ? 1 : 0,
                                r.body()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        index(c, AGENT, rows, true);
        index(c, ACTIVITY, rows, false);
        try (PreparedStatement ps = c.prepareStatement(OUTBOX)) {
            for (StatementRow r : rows) {
                ps.setLong(1, r.storeId());
                ps.setLong(2, r.seq());
                ps.setBytes(3, Uuids.toBytes(r.id()));
                ps.setLong(4, nowMillis);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void index(Connection c, String sql, List<StatementRow> rows, boolean agents) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int count = 0;
            for (StatementRow r : rows) {
                for (Map.Entry<Long, Boolean> e : (agents ? r.agents() : r.activities()).entrySet()) {
                    ps.setLong(1, r.storeId());
                    ps.setLong(2, e.getKey());
                    ps.setLong(3, r.seq());
                    ps.setInt(4, e.getValue() ? 1 : 0);
                    if (!agents) {
                        ps.setLong(5, r.verbHash());
                    }
                    ps.addBatch();
                    count++;
                }
            }
            if (count > 0) {
                ps.executeBatch();
            }
        }
    }

    static void attachments(Connection c, long storeId, List<AttachmentPart> parts) throws SQLException {
        if (parts == null || parts.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(ATTACHMENT)) {
            for (AttachmentPart part : parts) {
                String sha2 = part.sha2().toLowerCase(Locale.ROOT);
                if (seen.add(sha2)) {
                    ps.setLong(1, storeId);
                    ps.setString(2, sha2);
                    ps.setString(3, part.contentType());
                    ps.setBytes(4, part.content());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }
}
