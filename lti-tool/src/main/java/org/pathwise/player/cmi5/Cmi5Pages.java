package org.pathwise.player.cmi5;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import javax.sql.DataSource;
import org.pathwise.player.db.Tx;
import org.pathwise.tool.platform.ToolDataSource;

/**
 * The returnURL of LMS.LaunchData: where an AU sends the learner when it exits ({@code /play/cmi5/return/{sessionId}}).
 * It takes in what the LRS holds for the session and says so; it shows nothing about the learner (the session id is
 * its only key, and the AU knows it).
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

    @GET
    @Produces("text/html;charset=UTF-8")
    public Response returned(@PathParam("sessionId") String sessionId) {
        String outcome = Tx.run(dataSource, c -> {
            Optional<SessionRow> s = repository.session(c, sessionId);
            if (s.isEmpty()) {
                return null;
            }
            Optional<Enrollment> e = enrollments.find(c, s.get().registration());
            if (e.isPresent()) {
                progress.refresh(c, e.get(), s.get());
            }
            return repository.session(c, sessionId).map(SessionRow::outcome).orElse(null);
        });
        if (outcome == null) {
            return Response.status(404)
                    .entity(page("Unknown session", "This activity session does not exist."))
                    .build();
        }
        String text = SessionRow.TERMINATED.equals(outcome)
                ? "You have left the activity; your results are recorded."
                : "You have left the activity. Results still on their way are recorded as they arrive.";
        return Response.ok(page("Activity closed", text))
                .header("Cache-Control", "no-store")
                .build();
    }

    private static String page(String title, String text) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<link rel=\"stylesheet\" href=\"/player/player.css\"></head><body class=\"pw-cmi5-return\">"
                + "<main><h1 id=\"pw-cmi5-returned\">" + title + "</h1><p>" + text + "</p>"
                + "<p><a href=\"/learn\" target=\"_top\">Back to my learning</a></p></main></body></html>";
    }
}
