package org.pathwise.lti.core.jwks;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Reads the freshness lifetime from a {@code Cache-Control} header (RFC 9111 §5.2.2). */
public final class CacheControl {
    private CacheControl() {}

    /** Zero for no-store or no-cache, the max-age when given, else empty. */
    public static Optional<Duration> maxAge(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        Optional<Duration> maxAge = Optional.empty();
        for (String directive : header.toLowerCase(Locale.ROOT).split(",")) {
            String d = directive.trim();
            if (d.equals("no-store") || d.equals("no-cache")) {
                return Optional.of(Duration.ZERO);
            }
            if (d.startsWith("max-age=")) {
                maxAge = seconds(d.substring("max-age=".length()));
            }
        }
        return maxAge;
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(
                    Math.max(0, Long.parseLong(value.replace("\"", "").trim()))));
        } catch (NumberFormatException e) {
            return Optional.of(Duration.ZERO);
        }
    }
}
