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

/** Time on task of a pathway's learners for the class dashboard (the learners are the course's, never others). */
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
    @Operation(summary = "Minutes in Pathwise content per learner of the pathway (session time the modules reported)")
    public Map<String, Long> minutes(@PathParam("id") String id) {
        List<String> learners = learnerPathways.learners(Access.instructor(current), id).stream()
                .map(LearnerPathways.LearnerStatus::learnerId)
                .toList();
        Map<String, Long> millis = members.timeOnTaskMillis(learners);
        Map<String, Long> minutes = new java.util.LinkedHashMap<>();
        learners.forEach(l -> minutes.put(l, Math.round(millis.getOrDefault(l, 0L) / 60000.0)));
        return minutes;
    }
}
