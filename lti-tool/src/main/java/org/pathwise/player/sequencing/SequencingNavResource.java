package org.pathwise.player.sequencing;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import javax.sql.DataSource;
import org.pathwise.player.content.PackageRepository;
import org.pathwise.player.content.StoredPackage;
import org.pathwise.player.db.Tx;
import org.pathwise.tool.platform.ApiException;
import org.pathwise.tool.platform.ToolDataSource;
import org.pathwise.tool.session.CurrentSession;
import org.pathwise.tool.session.ToolSession;

/**
 * {@code /play-nav/{packageId}/{request}}: the player's next/previous buttons and the SCO's
 * {@code adl.nav.request} continue/previous/jump after Terminate ({@code /play-nav/{packageId}/jump?target=<item>}),
 * for a sequenced package (choice requests are launches of {@code /play/{unitId}}). Answers 303 to the unit the
 * sequencer delivers (with a fresh one-time launch handle when the request came without the cookie), or
 * a short page when the course ended or nothing is to be delivered; 409 naming the reason when refused.
 */
@Path("play-nav/{packageId}/{request}")
public class SequencingNavResource {

    @Inject
    CurrentSession current;

    @Inject
    PackageRepository packages;

    @Inject
    PlayerSequencing sequencing;

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    @GET
    @Produces("text/html;charset=UTF-8")
    public Response navigate(
            @PathParam("packageId") String packageId,
            @PathParam("request") String request,
            @QueryParam("target") String target) {
        ToolSession session = current.require();
        if (!request.equals("continue") && !request.equals("previous") && !request.equals("jump")) {
            throw new ApiException(
                    ApiException.Kind.BAD_REQUEST, "request must be continue, previous or jump, not " + request);
        }
        if (request.equals("jump") && (target == null || target.isBlank() || target.contains("}"))) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "target: the item identifier to jump to is required");
        }
        String navRequest = request.equals("jump") ? "{target=" + target.trim() + "}jump" : request;
        StoredPackage pkg = packages.find(packageId)
                .orElseThrow(() -> new ApiException(ApiException.Kind.NOT_FOUND, "No package " + packageId));
        PlayerSequencing.Navigation nav =
                Tx.run(dataSource, c -> sequencing.navigate(c, session.learnerId(), pkg, navRequest));
        if (nav.next() != null) {
            return Response.seeOther(
                            URI.create(current.withHandle("/play/" + nav.next().id())))
                    .header("Cache-Control", "no-store")
                    .build();
        }
        String text = nav.outcome().kind() == org.pathwise.scorm.sequencing.Outcome.Kind.END
                ? "The course has ended. Your progress is saved."
                : "Your progress is saved. "
                        + (nav.outcome().reason() == null ? "" : nav.outcome().reason());
        return Response.ok("<!doctype html><meta charset=utf-8><title>" + escape(pkg.title())
                        + "</title><p id=pw-nav-done>" + escape(text) + "</p>")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
