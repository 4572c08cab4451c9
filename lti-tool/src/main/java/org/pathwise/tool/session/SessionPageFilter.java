package org.pathwise.tool.session;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Gives the tool's pages what they need to go on without the cookie. An HTML page answered to a request whose session
 * came from a launch handle or the header gets, at the top of its {@code head}, {@code <meta name="pw-session">} with
 * the session id (in the body, never in an address) and {@code /assets/session.js}, which takes the handle out of the
 * address bar, sends {@code X-Pathwise-Session} on the page's own requests and opens the next page with a fresh handle;
 * such a page is {@code no-store}. A page whose address carried a handle (even one refused) and a 401 "launch again"
 * page get the script with an empty meta: it takes the handle out of the address and, on the 401 page, opens the page
 * again with the session the tab still holds (a refresh, the back button; other 401 pages, the admin's, are left alone). Pages that came with the cookie are left
 * alone: their links work as plain links.
 */
@Provider
public class SessionPageFilter implements ContainerResponseFilter {

    static final String SCRIPT = "<script src=\"/assets/session.js\"></script>";

    /** Request attribute set by the tool's "launch Pathwise again" page (not by other 401 pages, e.g. the admin's). */
    public static final String NO_SESSION_PAGE = "org.pathwise.tool.session.noSessionPage";

    @Inject
    CurrentSession current;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type == null || !type.isCompatible(MediaType.TEXT_HTML_TYPE) || !(response.getEntity() instanceof String)) {
            return;
        }
        String html = (String) response.getEntity();
        String meta;
        if (current.withoutCookie()) {
            meta = "<meta name=\"pw-session\" content=\""
                    + attribute(current.get().orElseThrow().id()) + "\">";
            response.getHeaders().putSingle("Cache-Control", "no-store");
        } else if (current.handleInAddress() || noSessionPage(request, response)) {
            meta = "<meta name=\"pw-session\" content=\"\"" + (noSessionPage(request, response) ? " data-missing" : "")
                    + ">";
        } else {
            return;
        }
        response.setEntity(insert(html, meta + SCRIPT), response.getEntityAnnotations(), type);
    }

    private boolean noSessionPage(ContainerRequestContext request, ContainerResponseContext response) {
        return response.getStatus() == 401
                && current.get().isEmpty()
                && Boolean.TRUE.equals(request.getProperty(NO_SESSION_PAGE));
    }

    /** {@code tags} first in the head (after {@code <head>}, else after the doctype, else at the start). */
    static String insert(String html, String tags) {
        String lower = html.toLowerCase(Locale.ROOT);
        int head = lower.indexOf("<head");
        while (head >= 0 && head + 5 < lower.length() && Character.isLetter(lower.charAt(head + 5))) {
            head = lower.indexOf("<head", head + 1); // <header> is not <head>
        }
        int at;
        if (head >= 0) {
            at = lower.indexOf('>', head) + 1;
        } else if (lower.stripLeading().startsWith("<!doctype")) {
            at = lower.indexOf('>') + 1;
        } else {
            at = 0;
        }
        return html.substring(0, at) + tags + html.substring(at);
    }

    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
