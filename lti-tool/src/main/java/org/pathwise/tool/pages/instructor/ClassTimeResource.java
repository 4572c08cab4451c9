package org.pathwise.tool.pages.instructor;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pathwise.pathways.plan.LearnerPathways;
import org.pathwise.player.content.Access;
import org.pathwise.tool.session.CurrentSession;
import org.pathwise.tool.session.ToolSession;

/**
 * Time on task of a pathway's learners in the instructor's course for the class dashboard (the learners are the
 * course's, never others; time in other courses is not counted).
 */
@Path("api/pages/pathways/{id}/time")
@Produces(MediaType.APPLICATION_JSON)
public class ClassTimeResource {

    @Inject
    CurrentSession current;

    @Inject
    LearnerPathways learnerPathways;

    @Inject
    ClassMembers members;

    @GET
    @Operation(
            summary = "Minutes in Pathwise content per learner of the pathway, in this course (session time the"
                    + " modules reported), and minutes whose course was not recorded (launches before courses were"
                    + " recorded): {\"learner\": {\"minutes\": 12, \"unrecordedMinutes\": 3}}")
    public Map<String, Minutes> minutes(@PathParam("id") String id) {
        ToolSession session = Access.instructor(current);
        List<String> learners = learnerPathways.learners(session, id).stream()
                .map(LearnerPathways.LearnerStatus::learnerId)
                .toList();
        Map<String, ClassMembers.Time> times = members.timeOnTask(learners, session.contextId());
        Map<String, Minutes> minutes = new java.util.LinkedHashMap<>();
        learners.forEach(l -> {
            ClassMembers.Time t = times.getOrDefault(l, ClassMembers.Time.NONE);
            minutes.put(
                    l, new Minutes(Math.round(t.courseMillis() / 60000.0), Math.round(t.unrecordedMillis() / 60000.0)));
        });
        return minutes;
    }

    /** A learner's minutes in this course, and those whose course was not recorded. */
    public record Minutes(long minutes, long unrecordedMinutes) {}
}
