package org.pathwise.tool.session;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.ext.Provider;

/** Finds the session handle of each request (cookie, header, then query parameter). */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SessionFilter implements ContainerRequestFilter {

    public static final String COOKIE = "pw_session";
    public static final String HEADER = "X-Pathwise-Session";
    public static final String QUERY = "s";

    @Inject
    CurrentSession current;

    @Override
    public void filter(ContainerRequestContext request) {
        String handle = request.getHeaderString(HEADER);
        if (handle == null) {
            handle = request.getUriInfo().getQueryParameters().getFirst(QUERY);
        }
        if (handle == null) {
            Cookie cookie = request.getCookies().get(COOKIE);
            handle = cookie == null ? null : cookie.getValue();
        }
        if (handle != null) {
            current.resolve(handle);
        }
    }
}
