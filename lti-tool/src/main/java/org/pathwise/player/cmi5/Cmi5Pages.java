package org.pathwise.player.cmi5;

import static org.pathwise.player.launch.PlayerPage.html;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.pathwise.player.db.Tx;
import org.pathwise.tool.platform.ToolDataSource;
import org.pathwise.tool.session.CurrentSession;
import org.pathwise.tool.session.ToolSession;

/**
 * The returnURL of LMS.LaunchData: where an AU sends the learner when it exits ({@code /play/cmi5/return/{sessionId}}),
 * and where the cmi5 player page goes when the AU's frame reaches it or the LMS has closed the session. It takes in
 * what the LRS holds for the session and says so. Without a tool session (the AU's own navigation carries none) it
 * shows nothing about the learner (the session id is its only key, and the AU knows it); with the session of the
 * registration's learner or an instructor (a one-time launch handle {@code ?s=} from the player page or in the returnURL, or the cookie) it also shows the AU's
 * result and whether the course is satisfied, and its link back keeps the session.
 */
@Path("play/cmi5/return/{sessionId}")
public class Cmi5Pages {

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    @Inject
    Cmi5Repository repository;

    @Inject
    Cmi5Enrollments enrollments;

    @Inject
    Cmi5Progress progress;

    @Inject
    Cmi5Registrations registrations;

    @Inject
    CurrentSession current;

    /** What the page says about a session. */
    private record Returned(String outcome, String result) {}

    @GET
    @Produces("text/html;charset=UTF-8")
    public Response returned(@PathParam("sessionId") String sessionId) {
        Optional<ToolSession> who = current.get();
        Returned returned = Tx.run(dataSource, c -> {
            Optional<SessionRow> s = repository.session(c, sessionId);
            if (s.isEmpty()) {
                return null;
            }
            Optional<Enrollment> e = enrollments.find(c, s.get().registration());
            String result = null;
            if (e.isPresent()) {
                progress.refresh(c, e.get(), s.get());
                if (who.isPresent()
                        && (who.get().isInstructor()
                                || e.get()
                                        .registration()
                                        .learnerId()
                                        .equals(who.get().learnerId()))) {
                    result = describe(registrations.view(c, e.get()), s.get().unitId());
                }
            }
            String outcome =
                    repository.session(c, sessionId).map(SessionRow::outcome).orElse(null);
            return new Returned(outcome, result);
        });
        if (returned == null) {
            return Response.status(404)
                    .entity(page("Unknown session", "This activity session does not exist.", null, "/learn"))
                    .build();
        }
        String text =
                switch (returned.outcome()) {
                    case SessionRow.TERMINATED -> "You have left the activity; your results are recorded.";
                    case SessionRow.ABANDONED ->
                        "This activity session was closed (the activity was opened again, or left without"
                                + " exiting). Results it sent before are recorded.";
                    default -> "You have left the activity. Results still on their way are recorded as they arrive.";
                };
        // a plain link: without the cookie the page's script opens it with a fresh one-time launch handle
        String back = "/learn";
        return Response.ok(page("Activity closed", text, returned.result(), back))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** "passed · completed · course satisfied" for the session's AU, as the player page's bar says it. */
    static String describe(RegistrationView view, String unitId) {
        List<String> parts = new ArrayList<>();
        view.aus().stream().filter(a -> a.unitId().equals(unitId)).findFirst().ifPresent(au -> {
            if (au.passed()) {
                parts.add("passed");
            }
            if (au.failed() && !au.passed()) {
                parts.add("failed");
            }
            if (au.completed()) {
                parts.add("completed");
            }
            if (au.waived()) {
                parts.add("waived");
            }
            parts.add(au.moveOnMet() ? "requirement met" : "requirement: " + au.moveOn());
        });
        if (view.courseSatisfied()) {
            parts.add("course satisfied");
        }
        return String.join(" · ", parts);
    }

    private static String page(String title, String text, String result, String back) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<link rel=\"stylesheet\" href=\"/player/player.css\"></head><body class=\"pw-cmi5-return\">"
                + "<main><h1 id=\"pw-cmi5-returned\">" + title + "</h1><p>" + text + "</p>"
                + (result == null || result.isEmpty()
                        ? ""
                        : "<p id=\"pw-cmi5-result\" role=\"status\">" + html(result) + "</p>")
                + (back == null
                        ? ""
                        : "<p><a id=\"pw-cmi5-back\" href=\"" + html(back)
                                + "\" target=\"_top\">Back to my learning</a></p>")
                + "</main></body></html>";
    }
}
