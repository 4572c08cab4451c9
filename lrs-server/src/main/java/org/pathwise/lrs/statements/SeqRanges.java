package org.pathwise.lrs.statements;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A store's {@code seq} and {@code stored} ranges and the watermark readers stop at (V11). A writer takes its range
 * in a short transaction of its own ({@link #allocate}: the clock row and one {@code lrs_statement_pending} row,
 * committed), then stores its rows in a second transaction that first {@link #claim claims} (deletes) that row, so
 * writers of one store hold the clock row for a few statements instead of their whole transaction and their commits
 * overlap. The {@link #watermark} is the highest seq below which nothing is still being written: every lower seq is
 * committed or never will be (a failed write {@link #release releases} its range without storing anything). Readers
 * that stop at it never pass a seq that fills in later.
 */
final class SeqRanges {
    /** How long a range may stay pending before a reader deletes it (its writer must be gone or stuck). */
    static final long LEASE_MILLIS = 120_000;

    /**
     * How old a pending range must be before a reader checks whether its writer's connection still exists (V12).
     * Writers claim their range within milliseconds; the check is for ranges that outlived that by far.
     */
    static final long ORPHAN_CHECK_AFTER_MILLIS = 1_000;

    /**
     * Seqs {@code firstSeq..lastSeq} and stored instants (epoch micros) {@code firstStored..firstStored+count-1}.
     */
    record Range(long firstSeq, long lastSeq, long firstStored) {}

    /** The claim failed: the range had expired and a reader deleted it. The write must start again. */
    static final class Expired extends Exception {
        Expired(long storeId, long firstSeq) {
            super(
                    "the seq range " + firstSeq + " of store " + storeId + " expired before its write",
                    null,
                    false,
                    false);
        }
    }

    private SeqRanges() {}

    /**
     * Takes {@code count} seqs and stored instants (each stored at least {@code nowMicros}, later than the store's
     * last) and records them as pending, in a transaction committed here. {@code c} must not be in auto-commit.
     */
    static Range allocate(Connection c, long storeId, int count, long nowMicros, long nowMillis) throws SQLException {
        if (advance(c, storeId, count, nowMicros) == 0) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT IGNORE INTO lrs_statement_clock (store_id, last_seq, last_stored) VALUES (?, 0, 0)")) {
                ps.setLong(1, storeId);
                ps.executeUpdate();
            }
            advance(c, storeId, count, nowMicros);
        }
        long lastSeq;
        long lastStored;
        try (PreparedStatement ps =
                c.prepareStatement("SELECT last_seq, last_stored FROM lrs_statement_clock WHERE store_id = ?")) {
            ps.setLong(1, storeId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                lastSeq = rs.getLong(1);
                lastStored = rs.getLong(2);
            }
        }
        Range range = new Range(lastSeq - count + 1, lastSeq, lastStored - count + 1);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO lrs_statement_pending"
                + " (store_id, first_seq, last_seq, expires_at, owner_connection)"
                + " VALUES (?, ?, ?, ?, CONNECTION_ID())")) {
            ps.setLong(1, storeId);
            ps.setLong(2, range.firstSeq());
            ps.setLong(3, range.lastSeq());
            ps.setLong(4, nowMillis + LEASE_MILLIS);
            ps.executeUpdate();
        }
        c.commit();
        return range;
    }

    private static int advance(Connection c, long storeId, int count, long nowMicros) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE lrs_statement_clock SET last_seq = last_seq + ?,"
                + " last_stored = GREATEST(last_stored + ?, ?) WHERE store_id = ?")) {
            ps.setLong(1, count);
            ps.setLong(2, count);
            ps.setLong(3, nowMicros + count - 1);
            ps.setLong(4, storeId);
            return ps.executeUpdate();
        }
    }

    /**
     * Deletes the range's pending row in the writer's transaction (first statement of it): until that transaction
     * ends, the row stays visible to readers and locked against a reader expiring it.
     *
     * @throws Expired when a reader already deleted it (the write must not commit)
     */
    static void claim(Connection c, long storeId, Range range) throws SQLException, Expired {
        if (delete(c, storeId, range) != 1) {
            throw new Expired(storeId, range.firstSeq());
        }
    }

    /** After a failed write: the range will never be stored, readers may pass it. Commits. */
    static void release(Connection c, long storeId, Range range) throws SQLException {
        delete(c, storeId, range);
        c.commit();
    }

    private static int delete(Connection c, long storeId, Range range) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("DELETE FROM lrs_statement_pending WHERE store_id = ? AND first_seq = ?")) {
            ps.setLong(1, storeId);
            ps.setLong(2, range.firstSeq());
            return ps.executeUpdate();
        }
    }

    /**
     * The highest seq through which the store's statements are settled: just below the oldest pending range, or
     * the store's last seq when none is pending (0 for a store without statements). Ranges pending beyond their
     * lease are deleted first, and so are ranges older than {@link #ORPHAN_CHECK_AFTER_MILLIS} whose writer's
     * connection is gone. {@code c} is in auto-commit (one statement, one snapshot).
     */
    static long watermark(Connection c, long storeId, long nowMillis) throws SQLException {
        for (int pass = 0; ; pass++) {
            try (PreparedStatement ps = c.prepareStatement("SELECT c.last_seq,"
                    + " (SELECT MIN(p.first_seq) FROM lrs_statement_pending p WHERE p.store_id = c.store_id),"
                    + " (SELECT MIN(p.expires_at) FROM lrs_statement_pending p WHERE p.store_id = c.store_id)"
                    + " FROM lrs_statement_clock c WHERE c.store_id = ?")) {
                ps.setLong(1, storeId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return 0;
                    }
                    long last = rs.getLong(1);
                    long oldestPending = rs.getLong(2);
                    if (rs.wasNull()) {
                        return last;
                    }
                    long expiresAt = rs.getLong(3);
                    long takenAt = expiresAt - LEASE_MILLIS;
                    if (pass > 0 || (expiresAt >= nowMillis && nowMillis - takenAt <= ORPHAN_CHECK_AFTER_MILLIS)) {
                        return oldestPending - 1;
                    }
                }
            }
            expire(c, storeId, nowMillis);
            expireOrphans(c, storeId, nowMillis);
        }
    }

    /**
     * Deletes the store's ranges older than {@link #ORPHAN_CHECK_AFTER_MILLIS} whose writer's connection no longer
     * exists (V12): nobody can claim them any more. A live writer's connection is always in the process list (the
     * LRS's connections share one database user, which sees its own), so a range is never taken from a writer
     * that could still store it; should it happen all the same (e.g. a cluster whose nodes number connections
     * apart), the writer finds its range gone and starts again with a new one.
     */
    private static void expireOrphans(Connection c, long storeId, long nowMillis) throws SQLException {
        List<long[]> orphans = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT first_seq, owner_connection FROM lrs_statement_pending"
                + " WHERE store_id = ? AND expires_at < ? AND owner_connection IS NOT NULL"
                + " AND owner_connection NOT IN (SELECT ID FROM information_schema.PROCESSLIST)")) {
            ps.setLong(1, storeId);
            ps.setLong(2, nowMillis - ORPHAN_CHECK_AFTER_MILLIS + LEASE_MILLIS);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    orphans.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
        }
        for (long[] orphan : orphans) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM lrs_statement_pending"
                    + " WHERE store_id = ? AND first_seq = ? AND owner_connection = ?")) {
                ps.setLong(1, storeId);
                ps.setLong(2, orphan[0]);
                ps.setLong(3, orphan[1]);
                ps.executeUpdate();
            }
        }
    }

    /**
     * Deletes the store's ranges pending beyond their lease, one by primary key (a row whose writer is committing
     * is locked by it: the delete waits, then finds nothing).
     */
    private static void expire(Connection c, long storeId, long nowMillis) throws SQLException {
        List<Long> expired = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT first_seq FROM lrs_statement_pending WHERE store_id = ? AND expires_at < ?")) {
            ps.setLong(1, storeId);
            ps.setLong(2, nowMillis);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    expired.add(rs.getLong(1));
                }
            }
        }
        for (long firstSeq : expired) {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM lrs_statement_pending" + " WHERE store_id = ? AND first_seq = ? AND expires_at < ?")) {
                ps.setLong(1, storeId);
                ps.setLong(2, firstSeq);
                ps.setLong(3, nowMillis);
                ps.executeUpdate();
            }
        }
    }
}
