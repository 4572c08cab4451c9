package org.pathwise.tool.lrs;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.pathwise.tool.platform.ToolDataSource;

/**
 * xAPI State documents on their way to the LRS (the Profile's activity and attempt state). Producers add a document
 * with {@link #enqueue} on their own connection, inside the transaction of the event; an undelivered older version
 * of the same document (activity, agent, state id) is dropped, since the LRS receives each as a whole (PUT).
 */
@ApplicationScoped
public class StateOutbox {

    /** A document waiting for delivery. */
    public record Pending(long id, String activityId, String agent, String stateId, String body, int tries) {}

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    Clock clock = Clock.systemUTC();

    public void enqueue(Connection c, String activityId, JsonNode agent, String stateId, JsonNode body)
            throws SQLException {
        String agentJson = agent.toString();
        String key = key(activityId, agentJson, stateId);
        try (PreparedStatement del =
                c.prepareStatement("DELETE FROM tool_xapi_state_outbox WHERE doc_key = ? AND delivered_at IS NULL")) {
            del.setString(1, key);
            del.executeUpdate();
        }
        long now = clock.millis();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO tool_xapi_state_outbox"
                        + " (doc_key, activity_id, agent, state_id, body, created_at, next_try_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, activityId);
            ps.setString(3, agentJson);
            ps.setString(4, stateId);
            ps.setString(5, body.toString());
            ps.setLong(6, now);
            ps.setLong(7, now);
            ps.executeUpdate();
        }
    }

    /** The oldest documents due for (re)delivery. */
    public List<Pending> due(int limit) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT id, activity_id, agent, state_id, body, tries FROM tool_xapi_state_outbox"
                                + " WHERE delivered_at IS NULL AND next_try_at <= ? ORDER BY id LIMIT " + limit)) {
            ps.setLong(1, clock.millis());
            List<Pending> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Pending(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getInt(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the state outbox: " + e.getMessage(), e);
        }
    }

    public void delivered(Pending p) {
        update("UPDATE tool_xapi_state_outbox SET delivered_at = ?, last_error = NULL WHERE id = ?", p, null);
    }

    /** Backs off exponentially (2 s doubling, at most 10 minutes) and keeps the reason. */
    public void retryLater(Pending p, String error) {
        update(
                "UPDATE tool_xapi_state_outbox SET next_try_at = ?, tries = tries + 1, last_error = ? WHERE id = ?",
                p,
                error.length() > 1000 ? error.substring(0, 1000) : error);
    }

    /** Deletes delivered documents older than {@code age}. */
    public int purgeDelivered(Duration age) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM tool_xapi_state_outbox WHERE delivered_at IS NOT NULL AND delivered_at < ?")) {
            ps.setLong(1, clock.millis() - age.toMillis());
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot purge the state outbox: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Pending p, String error) {
        long now = clock.millis();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            if (error == null) {
                ps.setLong(1, now);
                ps.setLong(2, p.id());
            } else {
                ps.setLong(1, now + Math.min(MAX_BACKOFF.toMillis(), 2000L << Math.min(p.tries(), 20)));
                ps.setString(2, error);
                ps.setLong(3, p.id());
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the state outbox: " + e.getMessage(), e);
        }
    }

    static String key(String activityId, String agent, String stateId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((activityId + "\n" + agent + "\n" + stateId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
