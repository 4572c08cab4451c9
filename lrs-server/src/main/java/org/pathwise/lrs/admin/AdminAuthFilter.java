package org.pathwise.lrs.admin;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.lrs.platform.ApiException;
import org.pathwise.lrs.platform.ApiException.Kind;
import org.pathwise.lrs.store.Secrets;

/**
 * HTTP Basic {@code admin:<PATHWISE_ADMIN_SECRET>}. Without a configured secret the admin API is off (503), never
 * open.
 */
@Provider
@AdminOnly
@Priority(Priorities.AUTHENTICATION)
public class AdminAuthFilter implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "pathwise.admin.secret")
    Optional<String> adminSecret;

    @Override
    public void filter(ContainerRequestContext request) {
        if (adminSecret.isEmpty() || adminSecret.get().isBlank()) {
            throw new ApiException(Kind.UNAVAILABLE, "The admin API is off: set PATHWISE_ADMIN_SECRET to enable it");
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new ApiException(Kind.UNAUTHORIZED, "Admin credential required (HTTP Basic, user admin)");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiException(Kind.UNAUTHORIZED, "Authorization header is not valid Base64");
        }
        int colon = decoded.indexOf(':');
        boolean ok = colon > 0
                && "admin".equals(decoded.substring(0, colon))
                && Secrets.matches(decoded.substring(colon + 1), Secrets.hash(adminSecret.get()));
        if (!ok) {
            throw new ApiException(Kind.UNAUTHORIZED, "Wrong admin credential");
        }
    }
}
