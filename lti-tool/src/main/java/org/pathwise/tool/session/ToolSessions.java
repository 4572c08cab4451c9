package org.pathwise.tool.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.pathwise.tool.platform.ToolDataSource;

/** Sessions kept in the database, so that any node of a cluster can serve the next request. */
@ApplicationScoped
public class ToolSessions {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    @Inject
    CourseMembers members;

    Clock clock = Clock.systemUTC();

    /**
     * Stores a new session (its id is made here; the one in {@code draft} is ignored) and remembers its user as a
     * member of its course.
     */
    public ToolSession create(ToolSession draft) {
        ToolSession session = new ToolSession(
                newId(),
                draft.registrationId(),
                draft.learnerId(),
                draft.name(),
                draft.email(),
                Set.copyOf(draft.roles()),
                draft.contextId(),
                draft.contextTitle(),
                draft.resourceLinkId(),
                Map.copyOf(draft.custom()),
                draft.lineItemUrl(),
                draft.locale() == null ? "en" : draft.locale(),
                draft.expiresAt());
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO lti_session (id, expires_at, learner_id, body) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, session.id());
            ps.setLong(2, session.expiresAt().toEpochMilli());
            ps.setString(3, session.learnerId());
            ps.setString(4, JSON.writeValueAsString(session));
            ps.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not store the session", e);
        }
        members.seen(session);
        return session;
    }

    /** The unexpired session with this id. */
    public Optional<ToolSession> find(String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT body FROM lti_session WHERE id = ? AND expires_at > ?")) {
            ps.setString(1, id);
            ps.setLong(2, Instant.now(clock).toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(JSON.readValue(rs.getString(1), new TypeReference<ToolSession>() {}))
                        : Optional.empty();
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not read the session", e);
        }
    }

    private static String newId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
