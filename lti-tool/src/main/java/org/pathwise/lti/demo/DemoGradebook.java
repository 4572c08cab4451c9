package org.pathwise.lti.demo;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.pathwise.lti.platforms.Sql;
import org.pathwise.tool.platform.ToolDataSource;

/** The demo platform's gradebook: the scores the tool posted (table {@code demo_platform_score}). */
@ApplicationScoped
public class DemoGradebook {

    /** One received score. */
    public record Entry(
            String lineItem,
            String userId,
            Double scoreGiven,
            Double scoreMaximum,
            String activity,
            String grading,
            Instant receivedAt) {}

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    private Sql sql;

    @PostConstruct
    void init() {
        sql = new Sql(dataSource);
    }

    void record(String lineItem, JsonNode score) {
        sql.update(
                "INSERT INTO demo_platform_score (line_item, user_id, score_given, score_max, activity, grading, body,"
                        + " received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                lineItem,
                score.path("userId").asText(),
                score.hasNonNull("scoreGiven") ? score.get("scoreGiven").asDouble() : null,
                score.hasNonNull("scoreMaximum") ? score.get("scoreMaximum").asDouble() : null,
                score.path("activityProgress").asText(),
                score.path("gradingProgress").asText(),
                score.toString(),
                System.currentTimeMillis());
    }

    List<Entry> latest() {
        return sql.list(
                "SELECT * FROM demo_platform_score ORDER BY id DESC LIMIT 200",
                rs -> new Entry(
                        rs.getString("line_item"),
                        rs.getString("user_id"),
                        (Double) rs.getObject("score_given"),
                        (Double) rs.getObject("score_max"),
                        rs.getString("activity"),
                        rs.getString("grading"),
                        Instant.ofEpochMilli(rs.getLong("received_at"))));
    }
}
