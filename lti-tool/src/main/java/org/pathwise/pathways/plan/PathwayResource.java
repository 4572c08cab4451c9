package org.pathwise.pathways.plan;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pathwise.pathways.content.CourseKey;
import org.pathwise.pathways.content.CourseService;
import org.pathwise.pathways.content.PathwayRecord;
import org.pathwise.player.content.Access;
import org.pathwise.tool.platform.ApiException;
import org.pathwise.tool.session.CurrentSession;
import org.pathwise.tool.session.ToolSession;

/**
 * Pathways of the session's course: instructors create and change them (steps, role, overrides, gradebook choice),
 * preview them for a learner profile and follow their learners; a learner asks for their next step.
 */
@Path("api/pathways")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personalization: pathways")
public class PathwayResource {

    @Inject
    CurrentSession current;

    @Inject
    CourseService courses;

    @Inject
    LearnerPathways learnerPathways;

    @GET
    @Operation(summary = "The course's pathways")
    public List<PathwayRecord> list() {
        ToolSession session = current.require();
        return courses.pathways(CourseKey.of(session)).stream()
                .map(p -> forViewer(session, p))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a pathway: title, role, steps (unit ids), gradeMode, dueDate")
    public Response create(CourseService.PathwayInput in) {
        PathwayRecord p = courses.createPathway(course(), body(in));
        return Response.created(URI.create("api/pathways/" + p.id())).entity(p).build();
    }

    @GET
    @Path("{id}")
    public PathwayRecord get(@PathParam("id") String id) {
        ToolSession session = current.require();
        return forViewer(session, courses.pathway(CourseKey.of(session), id));
    }

    /** Learners do not see the overrides (they name other learners). */
    private static PathwayRecord forViewer(ToolSession session, PathwayRecord p) {
        return session.isInstructor() ? p : p.withOverrides(PathwayRecord.Overrides.NONE);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a pathway's title, role, steps, gradeMode, dueDate (overrides are kept)")
    public PathwayRecord update(@PathParam("id") String id, CourseService.PathwayInput in) {
        return courses.updatePathway(course(), id, body(in));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        courses.deletePathway(course(), id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/overrides")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the instructor overrides: pins {unit: position}, skips, order, nextForLearner")
    public PathwayRecord overrides(@PathParam("id") String id, PathwayRecord.Overrides overrides) {
        return courses.setOverrides(course(), id, overrides);
    }

    @POST
    @Path("{id}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "What a learner with this profile would get: learnerId, answers, done, passed")
    public PlanView preview(@PathParam("id") String id, Planner.Profile profile) {
        ToolSession instructor = Access.instructor(current);
        return learnerPathways.preview(
                instructor, id, profile == null ? new Planner.Profile(null, null, null, null) : profile);
    }

    @GET
    @Path("{id}/next")
    @Operation(summary = "The current learner's next step, the rest in order, skips, mastery, each with its reason")
    public PlanView next(@PathParam("id") String id) {
        return learnerPathways.open(current.require(), id);
    }

    @GET
    @Path("{id}/learners")
    @Operation(summary = "Every learner of the pathway: plan, mastery per competency, at-risk flags")
    public List<LearnerPathways.LearnerStatus> learners(@PathParam("id") String id) {
        return learnerPathways.learners(Access.instructor(current), id);
    }

    @GET
    @Path("{id}/at-risk")
    @Operation(summary = "The pathway's learners at risk, with the reasons")
    public List<AtRisk> atRisk(@PathParam("id") String id) {
        return learnerPathways.learners(Access.instructor(current), id).stream()
                .filter(l -> !l.plan().flags().isEmpty())
                .map(l -> new AtRisk(l.learnerId(), l.name(), l.plan().flags()))
                .toList();
    }

    /** A learner at risk and why. */
    public record AtRisk(String learnerId, String name, List<PlanView.Flag> flags) {}

    private CourseKey course() {
        return CourseKey.of(Access.instructor(current));
    }

    private static CourseService.PathwayInput body(CourseService.PathwayInput in) {
        if (in == null) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "body: give the pathway as JSON");
        }
        return in;
    }
}
