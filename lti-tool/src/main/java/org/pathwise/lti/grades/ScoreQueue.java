package org.pathwise.lti.grades;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.pathwise.lti.platforms.Sql;
import org.pathwise.tool.platform.ToolDataSource;

/**
 * The durable score queue (table {@code lti_score}). A sender claims a due row by moving its
 * {@code next_attempt_at} forward with a conditional UPDATE, so that with several nodes each score is sent by one.
 */
@ApplicationScoped
public class ScoreQueue {

    static final Duration LEASE = Duration.ofMinutes(2);

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    Clock clock = Clock.systemUTC();
    private Sql sql;

    @PostConstruct
    void init() {
        sql = new Sql(dataSource);
    }

    /** Queues a score; older unsent scores for the same user and line item are superseded. */
    public long enqueue(
            long platformId,
            String lineItemUrl,
            String userSub,
            Double scoreGiven,
            Double scoreMaximum,
            String activityProgress,
            String gradingProgress) {
        long now = clock.millis();
        sql.update(
                "UPDATE lti_score SET status = 'SUPERSEDED' WHERE platform_id = ? AND line_item_url = ? AND user_sub = ?"
                        + " AND status = 'PENDING'",
                platformId,
                lineItemUrl,
                userSub);
        return sql.insert(
                "INSERT INTO lti_score (platform_id, line_item_url, user_sub, scopes, score_given, score_maximum,"
                        + " activity_progress, grading_progress, score_timestamp, status, attempts, next_attempt_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)",
                platformId,
                lineItemUrl,
                userSub,
                "https://purl.imsglobal.org/spec/lti-ags/scope/score",
                scoreGiven,
                scoreMaximum,
                activityProgress,
                gradingProgress,
                now,
                now);
    }

    /** Pending rows whose time has come, oldest first. */
    List<QueuedScore> due(int limit) {
        return sql.list(
                "SELECT * FROM lti_score WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY id LIMIT " + limit,
                ScoreQueue::row,
                clock.millis());
    }

    /** True when this node won the row (nobody else claimed it since it was read). */
    boolean claim(QueuedScore score) {
        return sql.update(
                        "UPDATE lti_score SET next_attempt_at = ? WHERE id = ? AND status = 'PENDING'"
                                + " AND next_attempt_at = ?",
                        clock.instant().plus(LEASE).toEpochMilli(),
                        score.id(),
                        score.nextAttemptAt().toEpochMilli())
                == 1;
    }

    void sent(long id) {
        sql.update(
                "UPDATE lti_score SET status = 'SENT', sent_at = ?, attempts = attempts + 1 WHERE id = ?",
                clock.millis(),
                id);
    }

    /** Records a failed attempt; retries at {@code retryAt}, or gives up when it is null. */
    void failed(long id, String error, Instant retryAt) {
        String text = error.length() > 2000 ? error.substring(0, 2000) : error;
        sql.update(
                "UPDATE lti_score SET attempts = attempts + 1, last_error = ?, status = ?, next_attempt_at = ?"
                        + " WHERE id = ?",
                text,
                retryAt == null ? "FAILED" : "PENDING",
                retryAt == null ? clock.millis() : retryAt.toEpochMilli(),
                id);
    }

    /** The latest rows, optionally of one status, for the admin API. */
    public List<QueuedScore> latest(String status, int limit) {
        return status == null
                ? sql.list("SELECT * FROM lti_score ORDER BY id DESC LIMIT " + limit, ScoreQueue::row)
                : sql.list(
                        "SELECT * FROM lti_score WHERE status = ? ORDER BY id DESC LIMIT " + limit,
                        ScoreQueue::row,
                        status);
    }

    private static QueuedScore row(ResultSet rs) throws SQLException {
        Long sent = Sql.longOrNull(rs, "sent_at");
        double given = rs.getDouble("score_given");
        boolean givenNull = rs.wasNull();
        double max = rs.getDouble("score_maximum");
        boolean maxNull = rs.wasNull();
        return new QueuedScore(
                rs.getLong("id"),
                rs.getLong("platform_id"),
                rs.getString("line_item_url"),
                rs.getString("user_sub"),
                givenNull ? null : given,
                maxNull ? null : max,
                rs.getString("activity_progress"),
                rs.getString("grading_progress"),
                Instant.ofEpochMilli(rs.getLong("score_timestamp")),
                rs.getString("status"),
                rs.getInt("attempts"),
                Instant.ofEpochMilli(rs.getLong("next_attempt_at")),
                sent == null ? null : Instant.ofEpochMilli(sent),
                rs.getString("last_error"));
    }
}
