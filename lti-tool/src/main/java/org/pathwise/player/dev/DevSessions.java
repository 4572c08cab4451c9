package org.pathwise.player.dev;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.pathwise.player.db.Json;
import org.pathwise.player.db.Tx;
import org.pathwise.tool.platform.ToolDataSource;
import org.pathwise.tool.session.CourseMembers;
import org.pathwise.tool.session.ToolSession;

/**
 * Stores demo sessions in the table {@link org.pathwise.tool.session.ToolSessions} reads. The session body is written
 * without {@code expiresAt} (the row's {@code expires_at} column bounds it): ToolSessions' JSON mapper has no
 * java.time support yet, so a body with an Instant could be neither written nor read back by it.
 */
@ApplicationScoped
public class DevSessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    @Inject
    CourseMembers members;

    /** The record's components only (no derived properties such as {@code instructor}). */
    private static Map<String, Object> fields(ToolSession s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("registrationId", s.registrationId());
        m.put("learnerId", s.learnerId());
        m.put("name", s.name());
        m.put("email", s.email());
        m.put("roles", s.roles());
        m.put("contextId", s.contextId());
        m.put("contextTitle", s.contextTitle());
        m.put("resourceLinkId", s.resourceLinkId());
        m.put("custom", s.custom());
        m.put("lineItemUrl", s.lineItemUrl());
        m.put("locale", s.locale());
        m.put("expiresAt", null);
        return m;
    }

    public ToolSession create(ToolSession draft, Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ToolSession body = new ToolSession(
                id,
                draft.registrationId(),
                draft.learnerId(),
                draft.name(),
                draft.email(),
                draft.roles(),
                draft.contextId(),
                draft.contextTitle(),
                draft.resourceLinkId(),
                draft.custom(),
                draft.lineItemUrl(),
                draft.locale(),
                null);
        ToolSession created = Tx.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO lti_session (id, expires_at, learner_id, body) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setLong(2, expiresAt.toEpochMilli());
                ps.setString(3, draft.learnerId());
                ps.setString(4, Json.write(fields(body)));
                ps.executeUpdate();
            }
            return body;
        });
        members.seen(created);
        return created;
    }
}
