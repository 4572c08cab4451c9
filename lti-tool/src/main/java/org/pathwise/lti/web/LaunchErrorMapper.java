package org.pathwise.lti.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.pathwise.lti.core.LaunchException;
import org.pathwise.lti.core.Randoms;

/**
 * A refused login or launch: a readable page with an incident id for the learner (status of the failure kind), and
 * one WARNING log line with the same id and the precise reason for the administrator. Never a stack trace.
 */
@Provider
public class LaunchErrorMapper implements ExceptionMapper<LaunchException> {

    private static final Logger LOG = Logger.getLogger(LaunchErrorMapper.class.getName());

    @Override
    public Response toResponse(LaunchException e) {
        return page(e, "");
    }

    /** The refusal page, with more HTML (already escaped) after the learner's message. */
    static Response page(LaunchException e, String moreHtml) {
        String incident = incidentId();
        LOG.warning(() -> "LTI launch refused, incident " + incident + ": " + e.adminMessage());
        String body = "<p>" + Html.escape(e.learnerMessage()) + "</p>\n" + moreHtml
                + "<p class=\"muted\">If this keeps happening, give your administrator this incident id: <strong>"
                + incident + "</strong></p>";
        return Response.status(e.kind().httpStatus())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .header("Content-Security-Policy", FrameAncestorsFilter.ANY)
                .header("Cache-Control", "no-store")
                .entity(Html.page("Pathwise could not open this activity", body))
                .build();
    }

    static String incidentId() {
        return "LTI-" + Randoms.token().substring(0, 10).toUpperCase(java.util.Locale.ROOT);
    }
}
