package org.pathwise.lrs.cmi5;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pathwise.lrs.http.RequiresScope;
import org.pathwise.lrs.http.XapiCaller;
import org.pathwise.lrs.store.Scope;

/**
 * cmi5 sessions for the LMS (the tool), with a credential of scope {@code all}: open one per AU launch (its
 * credential is handed to the AU by the fetch URL), read what the AU stored, abandon it.
 */
@Path("cmi5/sessions")
@RequiresScope(Scope.ALL)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cmi5")
public class Cmi5SessionsResource {

    @Inject
    XapiCaller caller;

    @Inject
    Cmi5Sessions sessions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a cmi5 session; the auth-token is in this answer only")
    public Response open(NewSession body) {
        return Response.status(Response.Status.CREATED)
                .entity(sessions.open(caller.storeId(), body))
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("{sessionId}")
    @Operation(summary = "What the AU has stored in a session")
    public SessionView status(@PathParam("sessionId") String sessionId) {
        return sessions.status(caller.storeId(), sessionId);
    }

    @DELETE
    @Path("{sessionId}")
    @Operation(summary = "Abandon a session: no statement is accepted for it afterwards")
    public SessionView abandon(@PathParam("sessionId") String sessionId) {
        return sessions.abandon(caller.storeId(), sessionId);
    }
}
