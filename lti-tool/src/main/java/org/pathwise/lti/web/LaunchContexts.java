package org.pathwise.lti.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.pathwise.lti.platforms.Sql;
import org.pathwise.tool.platform.ToolDataSource;

/** {@link LaunchContext} rows by session id (table {@code lti_launch_context}). */
@ApplicationScoped
public class LaunchContexts {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    Clock clock = Clock.systemUTC();
    private Sql sql;

    @PostConstruct
    void init() {
        sql = new Sql(dataSource);
    }

    public void save(String sessionId, LaunchContext context, Instant expiresAt) {
        try {
            sql.update(
                    "INSERT INTO lti_launch_context (session_id, platform_id, expires_at, body) VALUES (?, ?, ?, ?)",
                    sessionId,
                    context.platformId(),
                    expiresAt.toEpochMilli(),
                    JSON.writeValueAsString(context));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<LaunchContext> find(String sessionId) {
        return sql.one(
                "SELECT body FROM lti_launch_context WHERE session_id = ? AND expires_at > ?",
                rs -> read(rs.getString(1)),
                sessionId,
                clock.millis());
    }

    public int purgeExpired() {
        return sql.update("DELETE FROM lti_launch_context WHERE expires_at < ?", clock.millis());
    }

    private static LaunchContext read(String json) {
        try {
            return JSON.readValue(json, LaunchContext.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored launch context is not readable", e);
        }
    }
}
