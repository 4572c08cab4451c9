package org.pathwise.lti.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.pathwise.lti.core.registration.RegistrationException;

/**
 * A failed dynamic registration: a page for the administrator who is registering (inside the platform's window),
 * with the reason and an incident id also logged at WARNING. 400 for a bad configuration, 502 when the platform
 * refused or answered nonsense.
 */
@Provider
public class RegistrationErrorMapper implements ExceptionMapper<RegistrationException> {

    private static final Logger LOG = Logger.getLogger(RegistrationErrorMapper.class.getName());

    @Override
    public Response toResponse(RegistrationException e) {
        String incident = LaunchErrorMapper.incidentId();
        LOG.warning(() ->
                "LTI dynamic registration failed, incident " + incident + ", " + e.kind() + ": " + e.getMessage());
        int status = e.kind() == RegistrationException.Kind.PLATFORM_REFUSED
                        || e.kind() == RegistrationException.Kind.INVALID_RESPONSE
                ? 502
                : 400;
        String body = "<p>" + Html.escape(e.getMessage()) + "</p>"
                + "<p class=\"muted\">Incident id <strong>" + incident + "</strong>. See docs/install-moodle.md"
                + " (blocked hosts, HTTPS, the registration URL).</p>";
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .header("Content-Security-Policy", FrameAncestorsFilter.ANY)
                .entity(Html.page("Pathwise could not be registered", body))
                .build();
    }
}
