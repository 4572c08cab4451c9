package org.pathwise.lti.grades;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pathwise.lti.core.services.Score;
import org.pathwise.lti.platforms.AdminOnly;
import org.pathwise.tool.platform.ApiException;

/** Admin view of the score queue (what was sent, what waits, why it failed) and a manual (re)send of a score. */
@Path("api/admin/scores")
@AdminOnly
@Tag(name = "Admin")
@Produces(MediaType.APPLICATION_JSON)
public class ScoreAdminResource {

    @Inject
    ScoreQueue queue;

    @Inject
    GradePublisher publisher;

    /** A score to queue for the user of a tool session. */
    public record ScoreInput(
            String sessionId,
            Double scoreGiven,
            Double scoreMaximum,
            Score.ActivityProgress activityProgress,
            Score.GradingProgress gradingProgress) {}

    @GET
    @Operation(summary = "The latest queued scores, optionally of one status (PENDING, SENT, FAILED, SUPERSEDED)")
    public List<QueuedScore> latest(
            @QueryParam("status") String status, @QueryParam("limit") @DefaultValue("50") int limit) {
        return queue.latest(status, Math.max(1, Math.min(limit, 500)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Queue a score for the user and placement of a tool session")
    public Response publish(ScoreInput input) {
        if (input == null
                || input.sessionId() == null
                || input.activityProgress() == null
                || input.gradingProgress() == null) {
            throw new ApiException(
                    ApiException.Kind.BAD_REQUEST, "sessionId, activityProgress and gradingProgress are required");
        }
        if (input.scoreGiven() != null && input.scoreMaximum() == null) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "scoreGiven needs scoreMaximum");
        }
        long id = publisher
                .publish(
                        input.sessionId(),
                        input.scoreGiven(),
                        input.scoreMaximum(),
                        input.activityProgress(),
                        input.gradingProgress())
                .orElseThrow(() -> new ApiException(
                        ApiException.Kind.NOT_FOUND, "no session with a gradebook line item: " + input.sessionId()));
        return Response.accepted(Map.of("id", id)).build();
    }
}
