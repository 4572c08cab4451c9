package org.pathwise.lti.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.pathwise.lti.core.login.LoginSettings;
import org.pathwise.lti.platforms.Platform;
import org.pathwise.lti.platforms.PlatformStore;
import org.pathwise.tool.session.CurrentSession;

/**
 * Lets platforms frame the tool's pages: every HTML answer without its own policy gets
 * {@code Content-Security-Policy: frame-ancestors}. A request with a tool session gets the policy made at its launch
 * (the tool, that platform's origins and the origin of the page that launched it: Canvas frames the tool from the
 * school's host); other pages get {@code 'self'} plus the origins of all registered platforms (re-read every minute).
 * Payara's default {@code X-Frame-Options: SAMEORIGIN} is switched off by the launcher. Every HTML page also gets
 * {@code Referrer-Policy: same-origin}.
 */
@Provider
public class FrameAncestorsFilter implements ContainerResponseFilter {

    /**
     * Pages may carry a one-time launch handle in their address ({@code ?s=}) for browsers that block cookies in
     * frames: spent or not, it must not leak to other sites through the {@code Referer} header.
     */
    public static final String REFERRER_POLICY = "same-origin";

    /** For pages that hold no action worth clickjacking (errors, the registration result). */
    public static final String ANY = "frame-ancestors *";

    private static final Duration REFRESH = Duration.ofMinutes(1);
    private static volatile String cached;
    private static volatile Instant cachedAt = Instant.EPOCH;

    @Inject
    PlatformStore platforms;

    @Inject
    CurrentSession current;

    @Inject
    LaunchContexts contexts;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type == null || !type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return;
        }
        if (!response.getHeaders().containsKey("Referrer-Policy")) {
            response.getHeaders().add("Referrer-Policy", REFERRER_POLICY);
        }
        if (response.getHeaders().containsKey("Content-Security-Policy")) {
            return;
        }
        String policy = current.get()
                .flatMap(session -> contexts.find(session.id()))
                .map(LaunchContext::frameAncestors)
                .orElseGet(this::policy);
        response.getHeaders().add("Content-Security-Policy", policy);
    }

    private String policy() {
        if (cached == null || Instant.now().isAfter(cachedAt.plus(REFRESH))) {
            Set<String> origins = new LinkedHashSet<>();
            origins.add("'self'");
            for (Platform p : platforms.list()) {
                LoginSettings.origin(p.issuer()).ifPresent(origins::add);
                LoginSettings.origin(p.authUrl()).ifPresent(origins::add);
            }
            cached = "frame-ancestors " + String.join(" ", origins);
            cachedAt = Instant.now();
        }
        return cached;
    }
}
