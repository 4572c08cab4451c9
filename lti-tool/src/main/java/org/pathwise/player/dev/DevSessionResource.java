package org.pathwise.player.dev;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.tool.platform.ApiException;
import org.pathwise.tool.session.ToolSession;

/**
 * DEMO ONLY: {@code POST /api/dev/sessions} makes a tool session without an LTI launch, for the demo and the
 * integration and browser tests. Answers 404 unless {@code pathwise.demo.enabled=true}; never enable it in production.
 * Body: {@code {"learnerId": "...", "name": "...", "roles": ["learner" | "instructor" | "admin"], "contextId": "...",
 * "locale": "fr-FR"}} (course id, default {@code demo-course}; the launch's locale, default {@code en}).
 */
@Path("api/dev/sessions")
public class DevSessionResource {

    private static final Set<String> ROLES = Set.of(ToolSession.LEARNER, ToolSession.INSTRUCTOR, ToolSession.ADMIN);

    @Inject
    @ConfigProperty(name = "pathwise.demo.enabled", defaultValue = "false")
    boolean demo;

    @Inject
    DevSessions sessions;

    /** The request body. */
    public record NewSession(String learnerId, String name, List<String> roles, String contextId, String locale) {}

    /** The created session's handle. */
    public record Created(String id, String learnerId, Set<String> roles, Instant expiresAt) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(NewSession request) {
        if (!demo) {
            throw new ApiException(ApiException.Kind.NOT_FOUND, "Not found");
        }
        if (request == null
                || request.learnerId() == null
                || request.learnerId().isBlank()) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "learnerId is required");
        }
        List<String> roles =
                request.roles() == null || request.roles().isEmpty() ? List.of(ToolSession.LEARNER) : request.roles();
        if (!ROLES.containsAll(roles)) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "roles must be among " + ROLES);
        }
        ToolSession draft = new ToolSession(
                null,
                0,
                request.learnerId(),
                request.name(),
                null,
                Set.copyOf(roles),
                request.contextId() == null || request.contextId().isBlank() ? "demo-course" : request.contextId(),
                "Demo course",
                "demo-link",
                Map.of(),
                null,
                locale(request.locale()),
                null);
        Instant expiresAt = Instant.now().plus(8, ChronoUnit.HOURS);
        ToolSession session = sessions.create(draft, expiresAt);
        return Response.status(201)
                .entity(new Created(session.id(), session.learnerId(), session.roles(), expiresAt))
                .build();
    }

    /** The launch's locale (as LTI's launch_presentation.locale): a BCP 47 tag such as "fr-FR"; "en" when absent. */
    private static String locale(String locale) {
        if (locale == null || locale.isBlank()) {
            return "en";
        }
        if (locale.length() > 35 || !locale.matches("[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*")) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "locale: give a language tag such as \"fr-FR\"");
        }
        return locale;
    }
}
