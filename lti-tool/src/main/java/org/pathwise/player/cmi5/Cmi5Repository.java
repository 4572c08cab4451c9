package org.pathwise.player.cmi5;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathwise.player.launch.Tokens;
import org.pathwise.scorm.cmi5.lms.AuStatus;

/** The cmi5_registration, cmi5_session and cmi5_node_state rows; every method works on the caller's connection. */
@ApplicationScoped
public class Cmi5Repository {

    private static final String SESSION_COLUMNS =
            "id, registration, unit_id, launch_mode, fetch_hash, launched_at, fetched_at, ended_at, outcome";

    public Optional<Registration> registration(Connection c, String learnerId, String packageId) throws SQLException {
        return registration(c, "learner_id = ? AND package_id = ?", learnerId, packageId);
    }

    public Optional<Registration> registration(Connection c, String id) throws SQLException {
        return registration(c, "id = ?", id, null);
    }

    private static Optional<Registration> registration(Connection c, String where, String a, String b)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, package_id, learner_id, created_at FROM cmi5_registration WHERE " + where)) {
            ps.setString(1, a);
            if (b != null) {
                ps.setString(2, b);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Registration(
                                rs.getString(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4))))
                        : Optional.empty();
            }
        }
    }

    public void insert(Connection c, Registration r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO cmi5_registration (id, package_id, learner_id, created_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, r.id());
            ps.setString(2, r.packageId());
            ps.setString(3, r.learnerId());
            ps.setLong(4, r.createdAt().toEpochMilli());
            ps.executeUpdate();
        }
    }

    public void insert(Connection c, SessionRow s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cmi5_session (id, registration, unit_id,"
                + " launch_mode, fetch_hash, launched_at, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, s.id());
            ps.setString(2, s.registration());
            ps.setString(3, s.unitId());
            ps.setString(4, s.launchMode());
            ps.setString(5, s.fetchHash());
            ps.setLong(6, s.launchedAt().toEpochMilli());
            ps.setString(7, s.outcome());
            ps.executeUpdate();
        }
    }

    public Optional<SessionRow> session(Connection c, String id) throws SQLException {
        List<SessionRow> rows = sessions(c, "id = ?", ps -> ps.setString(1, id));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Every session of the registration, oldest first. */
    public List<SessionRow> sessions(Connection c, String registration) throws SQLException {
        return sessions(c, "registration = ? ORDER BY launched_at", ps -> ps.setString(1, registration));
    }

    /** The registration's sessions still open, oldest first. */
    public List<SessionRow> openSessions(Connection c, String registration) throws SQLException {
        return sessions(
                c, "registration = ? AND outcome = 'OPEN' ORDER BY launched_at", ps -> ps.setString(1, registration));
    }

    /** Open sessions launched since {@code since} whose AU has fetched its token (the background check). */
    public List<SessionRow> fetchedOpenSessions(Connection c, Instant since) throws SQLException {
        return sessions(
                c,
                "outcome = 'OPEN' AND launched_at >= ? AND fetched_at IS NOT NULL ORDER BY launched_at LIMIT 200",
                ps -> ps.setLong(1, since.toEpochMilli()));
    }

    /** Marks the fetch token used; false when it already was or the session is no longer open (cmi5 §8.2.3). */
    public boolean claimFetch(Connection c, String id, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE cmi5_session SET fetched_at = ?"
                + " WHERE id = ? AND fetched_at IS NULL AND outcome = 'OPEN'")) {
            ps.setLong(1, now.toEpochMilli());
            ps.setString(2, id);
            return ps.executeUpdate() == 1;
        }
    }

    /** Ends an open session; false when it had already ended. */
    public boolean end(Connection c, String id, String outcome, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE cmi5_session SET outcome = ?, ended_at = ? WHERE id = ? AND outcome = 'OPEN'")) {
            ps.setString(1, outcome);
            ps.setLong(2, now.toEpochMilli());
            ps.setString(3, id);
            return ps.executeUpdate() == 1;
        }
    }

    /** Every known AU status and satisfied block/course of a registration, by publisher id. */
    public Map<String, NodeState> nodes(Connection c, String registration) throws SQLException {
        Map<String, NodeState> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT publisher_id, completed, passed, failed, waived,"
                + " satisfied FROM cmi5_node_state WHERE registration = ?")) {
            ps.setString(1, registration);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(
                            rs.getString(1),
                            new NodeState(
                                    rs.getString(1),
                                    new AuStatus(
                                            rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5)),
                                    rs.getBoolean(6)));
                }
            }
        }
        return out;
    }

    /** Adds facts to an AU's status (never removes one). */
    public void addStatus(Connection c, String registration, String publisherId, AuStatus status, Instant now)
            throws SQLException {
        upsert(c, registration, publisherId, status, false, now);
    }

    public void markSatisfied(Connection c, String registration, String publisherId, Instant now) throws SQLException {
        upsert(c, registration, publisherId, AuStatus.NOTHING, true, now);
    }

    private static void upsert(
            Connection c, String registration, String publisherId, AuStatus s, boolean satisfied, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cmi5_node_state (registration, node_key,"
                + " publisher_id, completed, passed, failed, waived, satisfied, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE completed = completed OR VALUES(completed),"
                + " passed = passed OR VALUES(passed), failed = failed OR VALUES(failed),"
                + " waived = waived OR VALUES(waived), satisfied = satisfied OR VALUES(satisfied),"
                + " updated_at = VALUES(updated_at)")) {
            ps.setString(1, registration);
            ps.setString(2, Tokens.hash(publisherId));
            ps.setString(3, publisherId.length() > 2000 ? publisherId.substring(0, 2000) : publisherId);
            ps.setBoolean(4, s.completed());
            ps.setBoolean(5, s.passed());
            ps.setBoolean(6, s.failed());
            ps.setBoolean(7, s.waived());
            ps.setBoolean(8, satisfied);
            ps.setLong(9, now.toEpochMilli());
            ps.executeUpdate();
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private static List<SessionRow> sessions(Connection c, String where, Binder binder) throws SQLException {
        List<SessionRow> out = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement("SELECT " + SESSION_COLUMNS + " FROM cmi5_session WHERE " + where)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SessionRow(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            Instant.ofEpochMilli(rs.getLong(6)),
                            instant(rs, 7),
                            instant(rs, 8),
                            rs.getString(9)));
                }
            }
        }
        return out;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
