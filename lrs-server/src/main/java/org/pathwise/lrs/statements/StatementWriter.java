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
import java.sql.Statement;
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
 * Stores a batch of statements with batched JDBC inserts: statements, their agent and activity index rows, outbox
 * rows and attachment content. The batch first takes its {@code seq} and {@code stored} range in a short
 * transaction of its own ({@link SeqRanges}), so {@code seq} and {@code stored} grow strictly in the order batches
 * took their ranges; the rows are then written in one {@code READ COMMITTED} transaction, concurrently with other
 * writers of the store. The method returns after the commit only; a failure rolls the rows back and releases the
 * range. Readers stop at the store's watermark, below which nothing is in flight.
 *
 * <p>Concurrent writers are checked against each other where the order matters: two batches storing the same id
 * (the unique key makes the second wait, then it starts again and finds the first one's statement), and a
 * statement stored while a voiding statement targeting it is stored (each side looks for the other with a locking
 * read after its own inserts, so one of them waits for the other's commit and sees it; a deadlock between the two
 * is resolved by starting the losing batch again).
 */
@ApplicationScoped
public class StatementWriter {
    private static final int ATTEMPTS = 5;
    /** A locking read: waits for rows another writer has not committed yet, and sees the latest commits. */
    private static final String LOCKING = " LOCK IN SHARE MODE";

    @Resource(lookup = LrsDataSource.JNDI)
    DataSource dataSource;

    /**
     * @param nowMicros the wall clock when the request was accepted
     * @return the ids, in request order (statements already stored with the same content are not stored again)
     * @throws XapiException 409 when an id is already stored with other content; 400 when a statement voids a
     *     voiding statement
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<String> write(long storeId, List<NewStatement> statements, List<AttachmentPart> parts, long nowMicros) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                return attempt(c, storeId, statements, parts, nowMicros, attempt > 1);
            } catch (SQLException e) {
                if (attempt >= ATTEMPTS || !startAgain(e)) {
                    throw new IllegalStateException("storing statements failed: " + e.getMessage(), e);
                }
            } catch (SeqRanges.Expired e) {
                if (attempt >= ATTEMPTS) {
                    throw new IllegalStateException("storing statements failed: " + e.getMessage(), e);
                }
            }
        }
    }

    /**
     * Whether a write failed only because of a concurrent one and may start again: a duplicate statement id stored
     * meanwhile (1062), a deadlock (1213) or a lock wait timeout (1205).
     */
    static boolean startAgain(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                int code = s.getErrorCode();
                if (code == 1062 || code == 1213 || code == 1205 || "40001".equals(s.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<String> attempt(
            Connection c,
            long storeId,
            List<NewStatement> statements,
            List<AttachmentPart> parts,
            long nowMicros,
            boolean lookForStored)
            throws SQLException, SeqRanges.Expired {
        List<String> ids = statements.stream().map(NewStatement::id).toList();
        // First attempt: insert at once, the unique key on the id finds a stored one (duplicate key: start again,
        // this time looking the ids up first to answer 200 for an equivalent statement or 409 for another one).
        List<NewStatement> fresh = lookForStored ? withoutStoredDuplicates(c, storeId, statements) : statements;
        if (fresh.isEmpty()) {
            return ids;
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        SeqRanges.Range range = null;
        try {
            range = SeqRanges.allocate(c, storeId, fresh.size(), nowMicros, System.currentTimeMillis());
            try (Statement st = c.createStatement()) {
                // applies to the next transaction only: no gap locks, each read sees the latest commits
                st.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
            }
            SeqRanges.claim(c, storeId, range);
            Set<String> voided = new HashSet<>(targets(fresh));
            List<StatementRow> rows = new ArrayList<>(fresh.size());
            long seq = range.firstSeq();
            long stored = range.firstStored();
            for (NewStatement s : fresh) {
                rows.add(StatementRow.of(storeId, seq++, stored++, s, voided.contains(s.id())));
            }
            StatementInserts.insert(c, rows, nowMicros / 1000);
            StatementInserts.attachments(c, storeId, parts);
            checkVoidingTargets(c, storeId, fresh);
            voidLateTargets(c, storeId, fresh, voided);
            voidTargets(c, storeId, fresh);
            c.commit();
            c.setAutoCommit(autoCommit);
            return ids;
        } catch (SQLException | SeqRanges.Expired | RuntimeException e) {
            try {
                undo(c, storeId, range);
                c.setAutoCommit(autoCommit);
            } catch (SQLException u) {
                e.addSuppressed(u);
            }
            throw e;
        }
    }

    /** Rolls back, and releases the range so that readers pass it. */
    private static void undo(Connection c, long storeId, SeqRanges.Range range) throws SQLException {
        c.rollback();
        if (range != null) {
            SeqRanges.release(c, storeId, range);
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
                "",
                rs -> bodies.put(Uuids.fromBytes(rs.getBytes(1)), rs.getString(2)));
        return bodies;
    }

    /**
     * A voiding statement cannot target a voiding statement, stored or in this batch (Data 2.3.2). Run after this
     * batch's inserts with a locking read, so a target being stored concurrently is waited for.
     */
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
                LOCKING,
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

    /**
     * Marks voided the new statements that a voiding statement of another batch targets (stored before, or
     * concurrently: the locking read after this batch's inserts waits for a voiding statement not yet committed,
     * while that batch's {@link #voidTargets} waits for this batch's rows).
     */
    private static void voidLateTargets(Connection c, long storeId, List<NewStatement> batch, Set<String> voided)
            throws SQLException {
        Set<String> late = new HashSet<>();
        forEachRow(
                c,
                "SELECT voiding_target FROM lrs_statement WHERE store_id = ? AND voiding_target IN (",
                storeId,
                batch.stream().map(NewStatement::id).toList(),
                LOCKING,
                rs -> late.add(Uuids.fromBytes(rs.getBytes(1))));
        late.removeAll(voided);
        if (late.isEmpty()) {
            return;
        }
        String sql = "UPDATE lrs_statement SET voided = 1 WHERE store_id = ? AND statement_id IN ("
                + Sql.placeholders(late.size()) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, storeId);
            int i = 2;
            for (String id : late) {
                ps.setBytes(i++, Uuids.toBytes(id));
            }
            ps.executeUpdate();
        }
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
     * keys, followed by {@code suffix}, and hands each row to {@code reader}.
     */
    private static void forEachRow(
            Connection c, String selectUpToIn, long storeId, List<String> ids, String suffix, RowReader reader)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(selectUpToIn + Sql.placeholders(ids.size()) + ")" + suffix)) {
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
