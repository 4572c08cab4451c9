package org.pathwise.player.cmi5;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The cmi5 fetch URL (cmi5 §8.2): {@code POST /api/cmi5/fetch/{sessionId}?k=<token>} answers 200 with
 * {@code {"auth-token": ...}} once; every other answer is 200 with {@code error-code} 1 (used or ended), 2 (bad
 * token) or 3 (the LRS failed). No tool session is needed (the AU may run on another origin), hence CORS for any
 * origin; the token is the credential. GET is refused (405) so that nothing caches a token.
 */
@Path("api/cmi5/fetch/{sessionId}")
public class FetchResource {

    @Inject
    FetchService fetches;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response fetch(@PathParam("sessionId") String sessionId, @QueryParam("k") String token) {
        return cors(Response.ok(fetches.fetch(sessionId, token), MediaType.APPLICATION_JSON_TYPE))
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    public Response get() {
        return cors(Response.status(Response.Status.METHOD_NOT_ALLOWED).header("Allow", "POST, OPTIONS"))
                .build();
    }

    @OPTIONS
    public Response preflight() {
        return cors(Response.noContent())
                .header("Access-Control-Allow-Methods", "POST, OPTIONS")
                .header("Access-Control-Allow-Headers", "Content-Type")
                .header("Access-Control-Max-Age", "600")
                .build();
    }

    private static Response.ResponseBuilder cors(Response.ResponseBuilder r) {
        return r.header("Access-Control-Allow-Origin", "*");
    }
}
