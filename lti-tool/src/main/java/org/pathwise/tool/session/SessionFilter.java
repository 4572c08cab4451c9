package org.pathwise.tool.session;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Finds the session of each request: the {@code X-Pathwise-Session} header (a page's script), else a one-time launch
 * handle in the {@code s} query parameter (spent here, see {@link LaunchHandles}), else the {@code pw_session} cookie.
 * The session id itself is accepted only from the header or the cookie, never from an address: {@code ?s=} holding a
 * session id (or a spent, expired or unknown handle) names no session. When a handle is refused the cookie still
 * counts; when a handle and the cookie name the same session the request counts as a cookie one (the browser keeps
 * the cookie: its pages need no handles).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SessionFilter implements ContainerRequestFilter {

    public static final String COOKIE = "pw_session";
    public static final String HEADER = "X-Pathwise-Session";

    /** The query parameter of a one-time launch handle. */
    public static final String QUERY = "s";

    @Inject
    CurrentSession current;

    @Inject
    LaunchHandles handles;

    @Override
    public void filter(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(COOKIE);
        String fromCookie = cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
        String header = request.getHeaderString(HEADER);
        if (header != null && !header.isBlank()) {
            current.resolve(header, CurrentSession.Via.HEADER);
            return;
        }
        String handle = request.getUriInfo().getQueryParameters().getFirst(QUERY);
        if (handle != null) {
            current.handlePresented();
            Optional<String> named = handles.consume(handle);
            if (named.isPresent()) {
                current.resolveFromHandle(
                        named.get(),
                        named.get().equals(fromCookie) ? CurrentSession.Via.COOKIE : CurrentSession.Via.HANDLE);
                return;
            }
        }
        if (fromCookie != null) {
            current.resolve(fromCookie, CurrentSession.Via.COOKIE);
        }
    }
}
