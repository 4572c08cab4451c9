package org.pathwise.tool.pages.admin;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.pathwise.tool.platform.ToolDataSource;

/** Read-only figures of the tool's own queues for the health page: statements to the LRS, scores to the LMS. */
@ApplicationScoped
public class ToolQueues {

    /** The statements waiting for the LRS: how many, the oldest, the latest error. */
    public record Outbox(long pending, long delivered, Instant oldestPending, String lastError) {}

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    public Outbox outbox() {
        try (Connection c = dataSource.getConnection()) {
            long pending;
            long delivered;
            Instant oldest = null;
            String error = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT SUM(delivered_at IS NULL), SUM(delivered_at IS NOT"
                            + " NULL), MIN(CASE WHEN delivered_at IS NULL THEN created_at END) FROM tool_xapi_outbox");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                pending = rs.getLong(1);
                delivered = rs.getLong(2);
                long min = rs.getLong(3);
                oldest = rs.wasNull() ? null : Instant.ofEpochMilli(min);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT last_error FROM tool_xapi_outbox WHERE delivered_at"
                            + " IS NULL AND last_error IS NOT NULL ORDER BY id DESC LIMIT 1");
                    ResultSet rs = ps.executeQuery()) {
                error = rs.next() ? rs.getString(1) : null;
            }
            return new Outbox(pending, delivered, oldest, error);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the statement outbox", e);
        }
    }

    /** Scores by status ({@code PENDING}, {@code SENT}, {@code FAILED}, ...). */
    public Map<String, Long> scores() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT status, COUNT(*) FROM lti_score GROUP BY status ORDER BY status");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the score queue", e);
        }
    }
}
