package org.pathwise.player.launch;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathwise.player.db.Json;
import org.pathwise.scorm.runtime.CmiData;
import org.pathwise.scorm.runtime.Judgement;

/** The player_attempt and player_launch rows; every method works on the caller's connection (and transaction). */
@ApplicationScoped
public class AttemptRepository {

    private static final String ATTEMPT_COLUMNS = "id, learner_id, learner_name, unit_id, registration, number,"
            + " started_at, updated_at, ended_at, last_exit, finished, completion, success, score_scaled,"
            + " score_raw, cmi";
    private static final String LAUNCH_COLUMNS = "id, attempt_id, token_hash, entry, started_at, expires_at,"
            + " initialized, finished, last_sequence, session_millis";

    /** The learner's latest attempt on the unit. */
    public Optional<Attempt> latest(Connection c, String learnerId, String unitId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ATTEMPT_COLUMNS
                + " FROM player_attempt WHERE learner_id = ? AND unit_id = ? ORDER BY number DESC LIMIT 1")) {
            ps.setString(1, learnerId);
            ps.setString(2, unitId);
            return one(ps);
        }
    }

    /** Every attempt of the learner on the unit, newest first. */
    public List<Attempt> all(Connection c, String learnerId, String unitId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ATTEMPT_COLUMNS
                + " FROM player_attempt WHERE learner_id = ? AND unit_id = ? ORDER BY number DESC")) {
            ps.setString(1, learnerId);
            ps.setString(2, unitId);
            List<Attempt> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(attempt(rs));
                }
            }
            return out;
        }
    }

    /** The attempt, locked for update when {@code lock}. */
    public Optional<Attempt> find(Connection c, String id, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + ATTEMPT_COLUMNS + " FROM player_attempt WHERE id = ?" + (lock ? " FOR UPDATE" : ""))) {
            ps.setString(1, id);
            return one(ps);
        }
    }

    /** Inserts a new attempt started in the course {@code contextId} (null: no course). */
    public void insert(Connection c, Attempt a, String contextId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO player_attempt (" + ATTEMPT_COLUMNS
                + ", context_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, a.id());
            ps.setString(2, a.learnerId());
            ps.setString(3, a.learnerName());
            ps.setString(4, a.unitId());
            ps.setString(5, a.registration());
            ps.setInt(6, a.number());
            ps.setLong(7, a.startedAt().toEpochMilli());
            bindState(ps, 8, a);
            ps.setString(17, contextId);
            ps.executeUpdate();
        }
    }

    public void update(Connection c, Attempt a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE player_attempt SET updated_at = ?, ended_at = ?,"
                + " last_exit = ?, finished = ?, completion = ?, success = ?, score_scaled = ?, score_raw = ?,"
                + " cmi = ? WHERE id = ?")) {
            bindState(ps, 1, a);
            ps.setString(10, a.id());
            ps.executeUpdate();
        }
    }

    private static void bindState(PreparedStatement ps, int from, Attempt a) throws SQLException {
        ps.setLong(from, a.updatedAt().toEpochMilli());
        if (a.endedAt() == null) {
            ps.setNull(from + 1, Types.BIGINT);
        } else {
            ps.setLong(from + 1, a.endedAt().toEpochMilli());
        }
        ps.setString(from + 2, a.lastExit());
        ps.setBoolean(from + 3, a.terminated());
        ps.setString(from + 4, a.completion().name());
        ps.setString(from + 5, a.success().name());
        ps.setBigDecimal(from + 6, a.scoreScaled());
        ps.setBigDecimal(from + 7, a.scoreRaw());
        ps.setString(from + 8, Json.write(a.cmi().values()));
    }

    /** Inserts a launch played in the course {@code contextId} (null: no course). */
    public void insertLaunch(Connection c, Launch l, String contextId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO player_launch (" + LAUNCH_COLUMNS
                + ", context_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, l.id());
            ps.setString(2, l.attemptId());
            ps.setString(3, l.tokenHash());
            ps.setString(4, l.entry());
            ps.setLong(5, l.startedAt().toEpochMilli());
            ps.setLong(6, l.expiresAt().toEpochMilli());
            ps.setBoolean(7, l.initialized());
            ps.setBoolean(8, l.terminated());
            ps.setInt(9, l.lastSequence());
            ps.setLong(10, l.sessionMillis());
            ps.setString(11, contextId);
            ps.executeUpdate();
        }
    }

    /** The launch, locked for update. */
    public Optional<Launch> lockLaunch(Connection c, String id) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT " + LAUNCH_COLUMNS + " FROM player_launch WHERE id = ? FOR UPDATE")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(launch(rs)) : Optional.empty();
            }
        }
    }

    public void updateLaunch(Connection c, Launch l) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE player_launch SET initialized = ?, finished = ?,"
                + " last_sequence = ?, session_millis = ? WHERE id = ?")) {
            ps.setBoolean(1, l.initialized());
            ps.setBoolean(2, l.terminated());
            ps.setInt(3, l.lastSequence());
            ps.setLong(4, l.sessionMillis());
            ps.setString(5, l.id());
            ps.executeUpdate();
        }
    }

    /** The attempt's time so far: the sum of its launches' session times. */
    public long totalMillis(Connection c, String attemptId) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT COALESCE(SUM(session_millis), 0) FROM player_launch WHERE attempt_id = ?")) {
            ps.setString(1, attemptId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Optional<Attempt> one(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(attempt(rs)) : Optional.empty();
        }
    }

    private static Attempt attempt(ResultSet rs) throws SQLException {
        long ended = rs.getLong(9);
        boolean noEnd = rs.wasNull();
        Map<String, String> cmi = Json.MAPPER.convertValue(
                Json.read(rs.getString(16), Map.class), new TypeReference<Map<String, String>>() {});
        return new Attempt(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6),
                Instant.ofEpochMilli(rs.getLong(7)),
                Instant.ofEpochMilli(rs.getLong(8)),
                noEnd ? null : Instant.ofEpochMilli(ended),
                rs.getString(10),
                rs.getBoolean(11),
                Judgement.Completion.valueOf(rs.getString(12)),
                Judgement.Success.valueOf(rs.getString(13)),
                rs.getBigDecimal(14),
                rs.getBigDecimal(15),
                new CmiData(cmi));
    }

    private static Launch launch(ResultSet rs) throws SQLException {
        return new Launch(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                Instant.ofEpochMilli(rs.getLong(5)),
                Instant.ofEpochMilli(rs.getLong(6)),
                rs.getBoolean(7),
                rs.getBoolean(8),
                rs.getInt(9),
                rs.getLong(10));
    }
}
