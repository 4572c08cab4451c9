package org.pathwise.tool.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The session of the current request, found by {@link SessionFilter} from the {@code X-Pathwise-Session} header, a
 * one-time launch handle ({@code ?s=}, when the LMS iframe blocks cookies) or the {@code pw_session} cookie, and how
 * it was found. A page answered to a request without the cookie carries the session in its body for its own script
 * ({@link SessionPageFilter}); a redirect the server answers to such a request gets a fresh handle ({@link #withHandle}).
 */
@RequestScoped
public class CurrentSession {

    /** How the request named its session. */
    public enum Via {
        /** the {@code pw_session} cookie (or a handle sent with the cookie of the same session) */
        COOKIE,
        /** the {@code X-Pathwise-Session} header: a page's script */
        HEADER,
        /** a one-time launch handle in the address */
        HANDLE
    }

    @Inject
    ToolSessions sessions;

    @Inject
    LaunchHandles handles;

    private Optional<ToolSession> session = Optional.empty();
    private Via via;
    private boolean handlePresented;
    private boolean fromHandle;

    void resolve(String sessionId, Via how) {
        session = sessions.find(sessionId);
        via = session.isPresent() ? how : null;
    }

    void resolveFromHandle(String sessionId, Via how) {
        resolve(sessionId, how);
        fromHandle = session.isPresent();
    }

    void handlePresented() {
        handlePresented = true;
    }

    public Optional<ToolSession> get() {
        return session;
    }

    /** How the session was found; null without one. */
    public Via via() {
        return via;
    }

    /**
     * Whether the request itself names its session (the header, or a one-time handle only a page's script or the
     * server could give), not only the cookie the browser adds to any request, cross-site forms included.
     */
    public boolean namedByRequest() {
        return session.isPresent() && (via == Via.HEADER || fromHandle);
    }

    /** Whether the request's address carried a launch handle (spent now, whether it was good or not). */
    public boolean handleInAddress() {
        return handlePresented;
    }

    /**
     * Whether the browser goes without the cookie, so that the next page it opens must be given a handle: true for a
     * session found from a handle or the header.
     */
    public boolean withoutCookie() {
        return session.isPresent() && via != Via.COOKIE;
    }

    /** The session, or 401 with a readable reason. */
    public ToolSession require() {
        return session.orElseThrow(() -> new NotAuthorizedException(
                "No Pathwise session: launch Pathwise from your course again",
                Response.status(401).build()));
    }

    /**
     * A tool path to send the browser to (a redirect): as is when the request came with the cookie, else with a fresh
     * one-time handle ({@code s=}) of this session.
     */
    public String withHandle(String path) {
        if (!withoutCookie()) {
            return path;
        }
        return path + (path.contains("?") ? "&" : "?") + SessionFilter.QUERY + "="
                + URLEncoder.encode(handles.issue(session.get()), StandardCharsets.UTF_8);
    }
}
