package org.pathwise.tool.pages.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;
import org.pathwise.tool.platform.ApiException;
import org.pathwise.tool.session.CurrentSession;

/**
 * CSRF protection for the JSON APIs that pages call: a data-changing request ({@code POST}, {@code PUT},
 * {@code PATCH}, {@code DELETE}) under {@code /api/} authenticated by the session cookie must carry that session's
 * {@code X-CSRF-Token}. A request that names its session in the {@code X-Pathwise-Session} header is let through (a
 * cross-site form cannot send a header), and so is one with a one-time launch handle ({@code ?s=}): only a page's
 * script holding the session can get one. The admin API (HTTP
 * Basic), the runtime API (its own launch token) and the dev sessions are outside the session scheme.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class CsrfFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final List<String> EXEMPT = List.of("api/admin/", "api/runtime/", "api/dev/");

    @Inject
    CurrentSession current;

    @Inject
    Csrf csrf;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        path = path.startsWith("/") ? path.substring(1) : path;
        if (SAFE.contains(request.getMethod())
                || !path.startsWith("api/")
                || EXEMPT.stream().anyMatch(path::startsWith)
                || current.get().isEmpty()
                || current.namedByRequest()) {
            return;
        }
        if (!csrf.valid("lti", current.get().orElseThrow().id(), request.getHeaderString(Csrf.HEADER))) {
            throw new ApiException(
                    ApiException.Kind.FORBIDDEN,
                    "X-CSRF-Token: a page's token is required for this change (or the X-Pathwise-Session header)");
        }
    }
}
