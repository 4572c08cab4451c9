package org.pathwise.lti.keys;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tool's key set at its well-known address (the same as {@code /lti/jwks}). */
@Path(".well-known/jwks.json")
@Tag(name = "LTI")
public class WellKnownJwksResource {

    @Inject
    KeyRingStore keys;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The tool's JSON Web Key Set at its well-known address")
    public Response jwks() {
        return JwksResource.response(keys);
    }
}
