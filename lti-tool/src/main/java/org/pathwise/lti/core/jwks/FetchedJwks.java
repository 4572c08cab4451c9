package org.pathwise.lti.core.jwks;

import java.time.Duration;
import java.util.Optional;

/**
 * A JWKS as fetched: the response body and how long it may be cached ({@code Cache-Control: max-age}; zero for
 * {@code no-store}/{@code no-cache}; empty when the response said nothing, so the cache's default applies).
 * Use {@link CacheControl#maxAge(String)} to read the header.
 */
public record FetchedJwks(String json, Optional<Duration> maxAge) {}
