package org.pathwise.lti.keys;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tool's public keys, for platforms verifying our client assertions and deep-linking responses. */
@Path("lti/jwks")
@Tag(name = "LTI")
public class JwksResource {

    @Inject
    ToolKeys keys;

    @GET
    @Produces("application/jwk-set+json")
    @Operation(summary = "The tool's JSON Web Key Set")
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(keys.publicJwks().toString(true)).cacheControl(cache).build();
    }
}
