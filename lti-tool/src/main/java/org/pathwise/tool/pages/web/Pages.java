package org.pathwise.tool.pages.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * HTML answers with the headers that fit an LTI tool: a Content-Security-Policy allowing only the tool's own scripts
 * and styles, framed as the LTI layer's {@code FrameAncestorsFilter} decides (LMS pages, completed by
 * {@link PagePolicyFilter}) or by nobody (admin pages) — never
 * {@code X-Frame-Options: DENY}, which would break the LMS iframe — plus nosniff, no referrer (URLs may hold the
 * session handle) and no caching.
 */
@ApplicationScoped
public class Pages {

    /** Who may put the page in a frame. */
    public enum Framing {
        /** Learner and instructor pages, shown in the LMS iframe. */
        LMS,
        /** Admin pages, at the tool's own address only. */
        NONE
    }

    static final String BASE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors ";

    @Inject
    FrameOrigins origins;

    public Response ok(String html, Framing framing) {
        return html(200, html, framing);
    }

    public Response html(int status, String html, Framing framing) {
        Response.ResponseBuilder response = Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .entity(html);
        if (framing == Framing.NONE) {
            response.header("Content-Security-Policy", policy(framing));
        } else {
            response.header(PagePolicyFilter.MARKER, "lms");
        }
        return response.header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** A 303 to another page (after a form post). */
    public Response seeOther(String location) {
        return Response.seeOther(java.net.URI.create(location))
                .header("Cache-Control", "no-store")
                .build();
    }

    public String policy(Framing framing) {
        return BASE_POLICY + (framing == Framing.NONE ? "'none'" : origins.sources());
    }

    /** The content policy of an LMS page around the frame-ancestors directive the LTI layer chose for it. */
    public String lmsPolicy(String frameAncestorsPolicy) {
        if (frameAncestorsPolicy == null || !frameAncestorsPolicy.trim().startsWith("frame-ancestors ")) {
            return policy(Framing.LMS);
        }
        return BASE_POLICY + frameAncestorsPolicy.trim().substring("frame-ancestors ".length());
    }
}
