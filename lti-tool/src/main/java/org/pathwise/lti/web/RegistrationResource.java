package org.pathwise.lti.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pathwise.lti.core.registration.RegistrationException;
import org.pathwise.lti.platforms.Platform;

/** The Dynamic Registration URL (Moodle "Tool URL"), opened by the platform in its window or iframe. */
@Path("lti/register")
@Tag(name = "LTI")
public class RegistrationResource {

    @Inject
    DynamicRegistration registration;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "LTI Dynamic Registration: opened by the platform with openid_configuration and a token")
    public Response register(
            @QueryParam("openid_configuration") String configurationUrl,
            @QueryParam("registration_token") String token) {
        if (configurationUrl == null || configurationUrl.isBlank()) {
            throw new RegistrationException(
                    RegistrationException.Kind.INVALID_CONFIGURATION,
                    "this page is opened by your platform's dynamic registration, with ?openid_configuration=...");
        }
        Platform platform = registration.register(
                configurationUrl, Optional.ofNullable(token).filter(t -> !t.isBlank()));
        String body = "<p>Pathwise is registered with <strong>" + Html.escape(platform.name()) + "</strong>"
                + " (client id " + Html.escape(platform.clientId()) + ").</p>"
                + "<p class=\"muted\">Moodle keeps a newly registered tool <em>pending</em>: activate it under"
                + " Site administration › Plugins › Activity modules › External tool › Manage tools.</p>"
                + "<button onclick=\"closeRegistration()\">Close</button><script>"
                + "function closeRegistration(){(window.opener||window.parent).postMessage("
                + "{subject:'org.imsglobal.lti.close'},'*');}closeRegistration();</script>";
        return Response.ok(Html.page("Pathwise registered", body), MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .header("Content-Security-Policy", FrameAncestorsFilter.ANY)
                .build();
    }
}
