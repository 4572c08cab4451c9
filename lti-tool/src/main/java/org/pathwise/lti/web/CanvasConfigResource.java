package org.pathwise.lti.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pathwise.lti.core.registration.CanvasDeveloperKey;

/** The Canvas developer key JSON configuration: a Canvas admin pastes this URL when creating an LTI key. */
@Path("lti/canvas.json")
@Tag(name = "LTI")
public class CanvasConfigResource {

    @Inject
    LtiConfig config;

    @Inject
    @ConfigProperty(name = "pathwise.lti.canvas-privacy-level", defaultValue = "public")
    String canvasPrivacy;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Canvas developer key JSON configuration (paste its URL in Canvas)")
    public String canvas() {
        return CanvasDeveloperKey.json(config.toolDescription(), canvasPrivacy);
    }
}
