package org.pathwise.lti.keys;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tool's public keys, for platforms verifying our client assertions and deep-linking responses. */
@Path("lti/jwks")
@Tag(name = "LTI")
public class JwksResource {

    @Inject
    KeyRingStore keys;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/jwk-set+json"})
    @Operation(summary = "The tool's JSON Web Key Set (current, next and recently retired keys; public parts only)")
    public Response jwks() {
        return response(keys);
    }

    static Response response(KeyRingStore keys) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(keys.publishedKeys().toString(true))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .cacheControl(cache)
                .build();
    }
}
