package org.pathwise.tool.pages.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.pathwise.lti.core.login.LoginSettings;
import org.pathwise.lti.platforms.Platform;
import org.pathwise.lti.platforms.PlatformStore;

/** The origins that may frame the LTI pages: the tool itself and every registered platform (re-read each minute). */
@ApplicationScoped
public class FrameOrigins {

    private static final Duration REFRESH = Duration.ofMinutes(1);

    @Inject
    PlatformStore platforms;

    private volatile String cached;
    private volatile Instant cachedAt = Instant.EPOCH;

    /** The source list for {@code frame-ancestors}, e.g. {@code 'self' https://lms.example.edu}. */
    public String sources() {
        if (cached == null || Instant.now().isAfter(cachedAt.plus(REFRESH))) {
            Set<String> origins = new LinkedHashSet<>();
            origins.add("'self'");
            for (Platform p : platforms.list()) {
                LoginSettings.origin(p.issuer()).ifPresent(origins::add);
                LoginSettings.origin(p.authUrl()).ifPresent(origins::add);
            }
            cached = String.join(" ", origins);
            cachedAt = Instant.now();
        }
        return cached;
    }

    /** Forgets the cached list (after an admin changed a registration). */
    public void refresh() {
        cached = null;
    }
}
