package org.pathwise.player.launch;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.pathwise.tool.session.CurrentSession;

/**
 * The player page {@code /play/{unitId}?s=<session>}: the SCO in an iframe, the SCORM API in this page (scorm-again),
 * the table of contents and next/previous of multi-SCO packages.
 */
@Path("play/{unitId}")
public class PlayerPageResource {

    @Inject
    CurrentSession current;

    @Inject
    LaunchService launches;

    @GET
    @Produces("text/html;charset=UTF-8")
    public Response page(@PathParam("unitId") String unitId, @QueryParam("s") String sessionHandle) {
        PlayerConfig config = launches.launch(current.require(), unitId, sessionHandle);
        return Response.ok(PlayerPage.render(config))
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "same-origin")
                .build();
    }
}
