package org.pathwise.lti.platforms;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.tool.platform.ApiException;

/**
 * Admin API authentication: HTTP Basic with user {@code admin} and the secret from configuration
 * {@code pathwise.admin.secret}. Without a configured secret the admin API answers 503.
 */
@Provider
@AdminOnly
@Priority(Priorities.AUTHENTICATION)
public class AdminAuthFilter implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "pathwise.admin.secret")
    Optional<String> secret;

    @Override
    public void filter(ContainerRequestContext request) {
        String expected = secret.filter(s -> !s.isBlank())
                .orElseThrow(() -> new ApiException(
                        ApiException.Kind.UNAVAILABLE, "the admin API is off: set pathwise.admin.secret"));
        if (!matches(request.getHeaderString("Authorization"), expected)) {
            throw new ApiException(ApiException.Kind.UNAUTHORIZED, "admin credentials required (HTTP Basic)");
        }
    }

    static boolean matches(String header, String secret) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(header.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] wanted = ("admin:" + secret).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, wanted);
    }
}
