package org.pathwise.tool.session;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /api/session/handles}: a fresh one-time launch handle of the caller's session, for a page's script
 * (which names its session in the {@code X-Pathwise-Session} header) to open the next page of the tool with
 * {@code ?s=<handle>} when the browser keeps no cookie of the tool.
 */
@Path("api/session/handles")
public class SessionHandleResource {

    @Inject
    CurrentSession current;

    @Inject
    LaunchHandles handles;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A one-time launch handle of the caller's session (for ?s= in the next page's address)")
    public Response issue() {
        String handle = handles.issue(current.require());
        return Response.status(201)
                .entity(Map.of("handle", handle))
                .header("Cache-Control", "no-store")
                .build();
    }
}
