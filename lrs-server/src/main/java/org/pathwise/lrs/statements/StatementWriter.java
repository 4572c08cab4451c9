package org.pathwise.lrs.statements;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.pathwise.lrs.platform.LrsDataSource;
import org.pathwise.lrs.xapi.StrictJson;
import org.pathwise.lrs.xapi.XapiErrorKind;
import org.pathwise.lrs.xapi.XapiException;
import org.pathwise.lrs.xapi.model.StatementEquivalence;
import org.pathwise.lrs.xapi.multipart.AttachmentPart;

/**
 * Stores a batch of statements in one transaction with batched JDBC inserts: statements, their agent and activity
 * index rows, outbox rows and attachment content. The store's clock row is locked first, so {@code seq} and
 * {@code stored} grow strictly in acceptance order and commits happen in that order. The method returns after the
 * commit only; a failure rolls everything back.
 */
@ApplicationScoped
public class StatementWriter {

    @Resource(lookup = LrsDataSource.JNDI)
    DataSource dataSource;

    /**
     * @param nowMicros the wall clock when the request was accepted
     * @return the ids, in request order (statements already stored with the same content are not stored again)
     * @throws XapiException 409 when an id is already stored with other content; 400 when a statement voids a
     *     voiding statement
     */
    @Transactional
    public List<String> write(long storeId, List<NewStatement> statements, List<AttachmentPart> parts, long nowMicros) {
        try (Connection c = dataSource.getConnection()) {
            long[] clock = lockClock(c, storeId);
            List<NewStatement> fresh = withoutStoredDuplicates(c, storeId, statements);
            checkVoidingTargets(c, storeId, fresh);
            Set<String> voided = alreadyVoided(c, storeId, fresh);
            long seq = clock[0];
            long stored = Math.max(nowMicros, clock[1] + 1) - 1;
            List<StatementRow> rows = new ArrayList<>();
            for (NewStatement s : fresh) {
                seq++;
                stored++;
                rows.add(StatementRow.of(storeId, seq, stored, s, voided.contains(s.id())));
            }
            if (!rows.isEmpty()) {
                StatementInserts.insert(c, rows, nowMicros / 1000);
                StatementInserts.attachments(c, storeId, parts);
                voidTargets(c, storeId, fresh);
                updateClock(c, storeId, seq, rows.get(rows.size() - 1).stored());
            }
            return statements.stream().map(NewStatement::id).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("storing statements failed: " + e.getMessage(), e);
        }
    }

    private static long[] lockClock(Connection c, long storeId) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO lrs_statement_clock (store_id, last_seq, last_stored)"
                        + " VALUES (?, 0, 0) ON DUPLICATE KEY UPDATE store_id = store_id")) {
            ps.setLong(1, storeId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_seq, last_stored FROM lrs_statement_clock WHERE store_id = ? FOR UPDATE")) {
            ps.setLong(1, storeId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    /** Drops statements whose id is stored with equivalent content; 409 when the content differs. */
    private static List<NewStatement> withoutStoredDuplicates(Connection c, long storeId, List<NewStatement> batch)
            throws SQLException {
        Map<String, String> existing =
                bodies(c, storeId, batch.stream().map(NewStatement::id).toList());
        List<NewStatement> fresh = new ArrayList<>();
        for (NewStatement s : batch) {
            String body = existing.get(s.id());
            if (body == null) {
                fresh.add(s);
            } else if (!StatementEquivalence.same(read(body), s.statement())) {
                throw new XapiException(
                        XapiErrorKind.CONFLICT,
                        "statement.id: " + s.id() + " is already stored with different content");
            }
        }
        return fresh;
    }

    private static Map<String, String> bodies(Connection c, long storeId, List<String> ids) throws SQLException {
        Map<String, String> bodies = new HashMap<>();
        if (ids.isEmpty()) {
            return bodies;
        }
        forEachRow(
                c,
                "SELECT statement_id, body FROM lrs_statement WHERE store_id = ? AND statement_id IN (",
                storeId,
                ids,
                rs -> bodies.put(Uuids.fromBytes(rs.getBytes(1)), rs.getString(2)));
        return bodies;
    }

    /** A voiding statement cannot target a voiding statement, stored or in this batch (Data 2.3.2). */
    private static void checkVoidingTargets(Connection c, long storeId, List<NewStatement> batch) throws SQLException {
        List<String> targets = targets(batch);
        if (targets.isEmpty()) {
            return;
        }
        Set<String> voidingInBatch = new HashSet<>();
        batch.stream().filter(s -> s.index().isVoiding()).forEach(s -> voidingInBatch.add(s.id()));
        forEachRow(
                c,
                "SELECT statement_id FROM lrs_statement WHERE store_id = ? AND voiding_target IS NOT NULL"
                        + " AND statement_id IN (",
                storeId,
                targets,
                rs -> voidingInBatch.add(Uuids.fromBytes(rs.getBytes(1))));
        for (String target : targets) {
            if (voidingInBatch.contains(target)) {
                throw XapiException.badRequest(
                        "statement.object.id: " + target + " is a voiding statement, which cannot itself be voided");
            }
        }
    }

    private static List<String> targets(List<NewStatement> batch) {
        return batch.stream()
                .filter(s -> s.index().isVoiding())
                .map(s -> s.index().voidedStatementId().orElseThrow())
                .distinct()
                .toList();
    }

    /** New statements that a stored or batched voiding statement already targets. */
    private static Set<String> alreadyVoided(Connection c, long storeId, List<NewStatement> batch) throws SQLException {
        Set<String> voided = new HashSet<>(targets(batch));
        List<String> ids = batch.stream().map(NewStatement::id).toList();
        if (ids.isEmpty()) {
            return voided;
        }
        forEachRow(
                c,
                "SELECT voiding_target FROM lrs_statement WHERE store_id = ? AND voiding_target IN (",
                storeId,
                ids,
                rs -> voided.add(Uuids.fromBytes(rs.getBytes(1))));
        return voided;
    }

    private static void voidTargets(Connection c, long storeId, List<NewStatement> batch) throws SQLException {
        List<String> targets = targets(batch);
        if (targets.isEmpty()) {
            return;
        }
        String sql = "UPDATE lrs_statement SET voided = 1 WHERE store_id = ? AND voiding_target IS NULL"
                + " AND statement_id IN (" + Sql.placeholders(targets.size()) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, storeId);
            for (int i = 0; i < targets.size(); i++) {
                ps.setBytes(i + 2, Uuids.toBytes(targets.get(i)));
            }
            ps.executeUpdate();
        }
    }

    private static void updateClock(Connection c, long storeId, long seq, long stored) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE lrs_statement_clock SET last_seq = ?, last_stored = ? WHERE store_id = ?")) {
            ps.setLong(1, seq);
            ps.setLong(2, stored);
            ps.setLong(3, storeId);
            ps.executeUpdate();
        }
    }

    static JsonNode read(String body) {
        try {
            return StrictJson.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored statement is not JSON", e);
        }
    }

    /** One row of a query, read while its result set is open. */
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /**
     * Runs {@code selectUpToIn} (a query on one store ending in {@code IN (}) with the statement ids as 16-byte
     * keys, and hands each row to {@code reader}.
     */
    private static void forEachRow(Connection c, String selectUpToIn, long storeId, List<String> ids, RowReader reader)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(selectUpToIn + Sql.placeholders(ids.size()) + ")")) {
            ps.setLong(1, storeId);
            for (int i = 0; i < ids.size(); i++) {
                ps.setBytes(i + 2, Uuids.toBytes(ids.get(i)));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }
}
