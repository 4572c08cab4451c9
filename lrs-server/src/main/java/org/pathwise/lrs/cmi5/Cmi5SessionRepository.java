package org.pathwise.lrs.cmi5;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.pathwise.lrs.platform.LrsDataSource;
import org.pathwise.lrs.store.Secrets;

/** The lrs_cmi5_session rows (plain JDBC). */
@ApplicationScoped
public class Cmi5SessionRepository {

    private static final String COLUMNS = "store_id, credential_key, session_id, registration, activity_id,"
            + " publisher_id, actor_key, mastery_score, launch_mode, actor, created_at, expires_at, closed_at,"
            + " last_statement_at, verbs, score_scaled";

    @Resource(lookup = LrsDataSource.JNDI)
    DataSource dataSource;

    public void insert(Cmi5Session s) {
        SessionTerms t = s.terms();
        run(
                "INSERT INTO lrs_cmi5_session (store_id, credential_key, session_id, registration, activity_id,"
                        + " activity_hash, publisher_id, actor_key, mastery_score, launch_mode, actor, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setLong(1, s.storeId());
                    ps.setString(2, s.credentialKey());
                    ps.setString(3, t.sessionId());
                    ps.setString(4, t.registration().toLowerCase(java.util.Locale.ROOT));
                    ps.setString(5, t.activityId());
                    ps.setString(6, hash(t.activityId()));
                    ps.setString(7, t.publisherId());
                    ps.setString(8, t.actorKey());
                    ps.setBigDecimal(9, t.masteryScore());
                    ps.setString(10, t.launchMode());
                    ps.setString(11, s.actor());
                    ps.setLong(12, s.createdAt().toEpochMilli());
                    ps.setLong(13, s.expiresAt().toEpochMilli());
                    return ps.executeUpdate();
                });
    }

    public Optional<Cmi5Session> byKey(String credentialKey) {
        return one("SELECT " + COLUMNS + " FROM lrs_cmi5_session WHERE credential_key = ?", credentialKey, null);
    }

    public Optional<Cmi5Session> bySession(long storeId, String sessionId) {
        return one(
                "SELECT " + COLUMNS + " FROM lrs_cmi5_session WHERE session_id = ? AND store_id = ?",
                sessionId,
                storeId);
    }

    /** What the other sessions of the same AU and registration stored. */
    public RegistrationHistory history(Cmi5Session s) {
        return run(
                "SELECT verbs FROM lrs_cmi5_session WHERE store_id = ? AND registration = ?"
                        + " AND activity_hash = ? AND session_id <> ?",
                ps -> {
                    ps.setLong(1, s.storeId());
                    ps.setString(2, s.terms().registration().toLowerCase(java.util.Locale.ROOT));
                    ps.setString(3, hash(s.terms().activityId()));
                    ps.setString(4, s.terms().sessionId());
                    boolean completed = false;
                    boolean passed = false;
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Set<String> verbs = Set.of(rs.getString(1).split(" "));
                            completed |= verbs.contains("completed");
                            passed |= verbs.contains("passed");
                        }
                    }
                    return new RegistrationHistory(completed, passed);
                });
    }

    public void progress(Cmi5Session s, SessionProgress progress, Instant at) {
        run(
                "UPDATE lrs_cmi5_session SET verbs = ?, score_scaled = ?, last_statement_at = ? WHERE credential_key = ?",
                ps -> {
                    ps.setString(1, progress.verbList());
                    ps.setBigDecimal(2, progress.scoreScaled());
                    ps.setLong(3, at.toEpochMilli());
                    ps.setString(4, s.credentialKey());
                    return ps.executeUpdate();
                });
    }

    public void close(Cmi5Session s, Instant at) {
        run("UPDATE lrs_cmi5_session SET closed_at = ? WHERE credential_key = ? AND closed_at IS NULL", ps -> {
            ps.setLong(1, at.toEpochMilli());
            ps.setString(2, s.credentialKey());
            return ps.executeUpdate();
        });
    }

    private Optional<Cmi5Session> one(String sql, String value, Long storeId) {
        return run(sql, ps -> {
            ps.setString(1, value);
            if (storeId != null) {
                ps.setLong(2, storeId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.<Cmi5Session>empty();
            }
        });
    }

    private static Cmi5Session map(ResultSet rs) throws SQLException {
        SessionTerms terms = new SessionTerms(
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getBigDecimal(8),
                rs.getString(9));
        String verbs = rs.getString(15);
        BigDecimal scaled = rs.getBigDecimal(16);
        return new Cmi5Session(
                rs.getLong(1),
                rs.getString(2),
                terms,
                rs.getString(10),
                Instant.ofEpochMilli(rs.getLong(11)),
                Instant.ofEpochMilli(rs.getLong(12)),
                instant(rs, 13),
                instant(rs, 14),
                new SessionProgress(verbs.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(verbs.split(" "))), scaled));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static String hash(String s) {
        return Secrets.hash(s);
    }

    private interface Work<T> {
        T apply(PreparedStatement ps) throws SQLException;
    }

    private <T> T run(String sql, Work<T> work) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            return work.apply(ps);
        } catch (SQLException e) {
            throw new IllegalStateException("cmi5 session storage failed: " + e.getMessage(), e);
        }
    }
}
