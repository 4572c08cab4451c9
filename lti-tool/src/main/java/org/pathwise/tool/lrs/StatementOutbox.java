package org.pathwise.tool.lrs;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.pathwise.tool.platform.ToolDataSource;

/**
 * The table of statements on their way to the LRS. Producers add statements with {@link #enqueue} on their own
 * connection, inside the transaction of the event, so that an event is never recorded without its statements.
 */
@ApplicationScoped
public class StatementOutbox {

    /** A statement waiting for delivery. */
    public record Pending(long id, String statementId, String body, int tries) {}

    /** A statement of a registration and whether the LRS has it. */
    public record Entry(String statementId, String body, boolean delivered, int tries, String lastError) {}

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    Clock clock = Clock.systemUTC();

    public void enqueue(Connection c, List<? extends JsonNode> statements) throws SQLException {
        long now = clock.millis();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tool_xapi_outbox"
                + " (statement_id, registration, body, created_at, next_try_at) VALUES (?, ?, ?, ?, ?)")) {
            for (JsonNode s : statements) {
                ps.setString(1, s.path("id").asText());
                ps.setString(2, s.path("context").path("registration").asText(null));
                ps.setString(3, s.toString());
                ps.setLong(4, now);
                ps.setLong(5, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The oldest statements due for (re)delivery. */
    public List<Pending> due(int limit) {
        return query(
                "SELECT id, statement_id, body, tries FROM tool_xapi_outbox WHERE delivered_at IS NULL"
                        + " AND next_try_at <= ? ORDER BY id LIMIT " + limit,
                ps -> ps.setLong(1, clock.millis()),
                rs -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
    }

    /** Every statement recorded for a registration, oldest first. */
    public List<Entry> ofRegistration(String registration) {
        return query(
                "SELECT statement_id, body, delivered_at IS NOT NULL, tries, last_error FROM tool_xapi_outbox"
                        + " WHERE registration = ? ORDER BY id",
                ps -> ps.setString(1, registration),
                rs -> new Entry(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4), rs.getString(5)));
    }

    public void delivered(List<Pending> sent) {
        update("UPDATE tool_xapi_outbox SET delivered_at = ?, last_error = NULL WHERE id = ?", sent, null);
    }

    /** Backs off exponentially (2 s doubling, at most 10 minutes) and keeps the reason. */
    public void retryLater(List<Pending> failed, String error) {
        update(
                "UPDATE tool_xapi_outbox SET next_try_at = ?, tries = tries + 1, last_error = ? WHERE id = ?",
                failed,
                error.length() > 1000 ? error.substring(0, 1000) : error);
    }

    /** Deletes delivered statements older than {@code age}. */
    public int purgeDelivered(Duration age) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM tool_xapi_outbox WHERE delivered_at IS NOT NULL AND delivered_at < ?")) {
            ps.setLong(1, clock.millis() - age.toMillis());
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot purge the outbox: " + e.getMessage(), e);
        }
    }

    private void update(String sql, List<Pending> rows, String error) {
        long now = clock.millis();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (Pending p : rows) {
                if (error == null) {
                    ps.setLong(1, now);
                    ps.setLong(2, p.id());
                } else {
                    long backoff = Math.min(MAX_BACKOFF.toMillis(), 2000L << Math.min(p.tries(), 20));
                    ps.setLong(1, now + backoff);
                    ps.setString(2, error);
                    ps.setLong(3, p.id());
                }
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the outbox: " + e.getMessage(), e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the outbox: " + e.getMessage(), e);
        }
    }
}
