package org.pathwise.lti.grades;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pathwise.lti.core.claims.NrpsEndpoint;
import org.pathwise.lti.core.services.Member;
import org.pathwise.lti.core.services.NrpsClient;
import org.pathwise.lti.core.services.ServiceException;
import org.pathwise.lti.platforms.Platform;
import org.pathwise.lti.platforms.PlatformStore;
import org.pathwise.lti.web.LaunchCompletion;
import org.pathwise.lti.web.LaunchContext;
import org.pathwise.lti.web.LaunchContexts;
import org.pathwise.lti.web.LtiServices;
import org.pathwise.tool.platform.ApiException;
import org.pathwise.tool.session.CurrentSession;
import org.pathwise.tool.session.ToolSession;

/**
 * The course roster for an instructor's session, read from the platform with NRPS (every platform page followed)
 * and answered in pages of {@code limit} from {@code offset}. Each member carries the {@code learnerId} that the
 * tool's learner records use.
 */
@Path("api/roster")
@Tag(name = "Roster")
@Produces(MediaType.APPLICATION_JSON)
public class RosterResource {

    @Inject
    CurrentSession current;

    @Inject
    LaunchContexts contexts;

    @Inject
    PlatformStore platforms;

    @Inject
    LtiServices services;

    /** One member as answered. */
    public record RosterMember(
            String userId, String learnerId, String status, List<String> roles, String name, String email) {}

    /** A page of the roster; {@code next} is the URL of the next page, null on the last one. */
    public record RosterPage(int offset, int limit, int total, List<RosterMember> members, String next) {}

    @GET
    @Operation(summary = "Members of the launched course (instructor session required), paged")
    public RosterPage roster(
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("role") String role) {
        ToolSession session = current.require();
        if (!session.isInstructor()) {
            throw new ApiException(ApiException.Kind.FORBIDDEN, "the roster is for instructors");
        }
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "offset >= 0 and 1 <= limit <= 500");
        }
        LaunchContext context = contexts.find(session.id())
                .filter(c -> c.nrpsUrl() != null)
                .orElseThrow(() -> new ApiException(
                        ApiException.Kind.NOT_FOUND, "the platform did not offer the roster (NRPS) for this launch"));
        Platform platform = platforms.get(context.platformId());
        List<RosterMember> all = members(platform, context, role);
        List<RosterMember> page = all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
        String next = offset + limit < all.size() ? "/api/roster?offset=" + (offset + limit) + "&limit=" + limit : null;
        return new RosterPage(offset, limit, all.size(), page, next);
    }

    private List<RosterMember> members(Platform platform, LaunchContext context, String role) {
        NrpsClient.Query query = new NrpsClient.Query(Optional.ofNullable(role), OptionalInt.empty(), Optional.empty());
        try {
            return services
                    .nrps()
                    .members(platform.toRegistration(), new NrpsEndpoint(context.nrpsUrl(), List.of("2.0")), query)
                    .stream()
                    .map(m -> view(platform, m))
                    .toList();
        } catch (ServiceException e) {
            platforms.recordError(platform.id(), "roster: " + e.getMessage());
            throw new ApiException(ApiException.Kind.UNAVAILABLE, "the platform's roster service failed: " + e.kind());
        }
    }

    private static String name(Member m) {
        String joined = (m.givenName().orElse("") + " " + m.familyName().orElse("")).trim();
        return m.name().orElse(joined.isEmpty() ? null : joined);
    }

    private static RosterMember view(Platform platform, Member m) {
        return new RosterMember(
                m.userId(),
                LaunchCompletion.learnerId(platform.issuer(), m.userId()),
                m.status(),
                m.roles().raw(),
                name(m),
                m.email().orElse(null));
    }
}
