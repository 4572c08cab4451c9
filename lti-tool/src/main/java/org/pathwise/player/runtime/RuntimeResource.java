package org.pathwise.player.runtime;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pathwise.tool.lrs.StatementOutbox;
import org.pathwise.tool.platform.ApiException;
import org.pathwise.tool.session.CurrentSession;

/**
 * The run-time API of the player page. Commits come from scorm-again as synchronous XHR ({@code application/json}) or,
 * for the final one, as a page-close beacon ({@code text/plain}, no custom headers): they are authenticated by the
 * launch id and token in the URL, not by the session.
 */
@Path("api/runtime")
@Produces(MediaType.APPLICATION_JSON)
public class RuntimeResource {

    private static final int MAX_COMMIT_BYTES = 4 * 1024 * 1024;

    @Inject
    CommitService commits;

    @Inject
    AttemptQueries queries;

    @Inject
    StatementOutbox outbox;

    @Inject
    CurrentSession current;

    @POST
    @Path("{attemptId}/commit")
    @Consumes(MediaType.WILDCARD)
    public CommitResult commit(
            @PathParam("attemptId") String attemptId,
            @QueryParam("launch") String launchId,
            @QueryParam("t") String token,
            InputStream body) {
        return commits.commit(attemptId, launchId, token, read(body));
    }

    @POST
    @Path("{attemptId}/initialize")
    @Consumes(MediaType.WILDCARD)
    public CommitResult initialize(
            @PathParam("attemptId") String attemptId,
            @QueryParam("launch") String launchId,
            @QueryParam("t") String token) {
        return commits.initialize(attemptId, launchId, token);
    }

    /** The session learner's attempts on a unit, newest first. */
    @GET
    @Path("units/{unitId}/attempts")
    public List<AttemptView> attempts(@PathParam("unitId") String unitId) {
        return queries.attempts(current.require().learnerId(), unitId);
    }

    /** The statements recorded for an attempt and whether the LRS has them (the attempt's learner or instructors). */
    @GET
    @Path("{attemptId}/statements")
    public List<StatementOutbox.Entry> statements(@PathParam("attemptId") String attemptId) {
        queries.requireVisible(current.require(), attemptId);
        return outbox.ofRegistration(attemptId);
    }

    private static String read(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(MAX_COMMIT_BYTES + 1);
            if (bytes.length > MAX_COMMIT_BYTES) {
                throw new ApiException(ApiException.Kind.TOO_LARGE, "A commit may not exceed 4 MiB");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "The commit could not be read: " + e.getMessage());
        }
    }
}
