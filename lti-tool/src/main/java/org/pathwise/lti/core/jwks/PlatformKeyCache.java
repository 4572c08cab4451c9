package org.pathwise.lti.core.jwks;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pathwise.lti.core.LaunchException;
import org.pathwise.lti.core.LaunchFailure;

/**
 * Platform public keys, cached per JWKS URL for as long as the platform's Cache-Control allows. When a token names a
 * kid the cached set lacks, the set is fetched again once (at most once per {@code minRefetchInterval} per URL, so a
 * flood of bad kids cannot make us hammer the platform); if the kid is still unknown the launch fails.
 */
public final class PlatformKeyCache {
    private final JwksFetcher fetcher;
    private final Clock clock;
    private final Duration defaultMaxAge;
    private final Duration minRefetchInterval;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    private record Entry(JWKSet keys, Instant fetchedAt, Instant freshUntil) {}

    public PlatformKeyCache(JwksFetcher fetcher, Clock clock, Duration defaultMaxAge, Duration minRefetchInterval) {
        this.fetcher = fetcher;
        this.clock = clock;
        this.defaultMaxAge = defaultMaxAge;
        this.minRefetchInterval = minRefetchInterval;
    }

    /** The RSA public key with this kid from the platform's key set. */
    public RSAKey key(String jwksUri, String kid) {
        synchronized (lockFor(jwksUri)) {
            Instant now = clock.instant();
            Entry entry = entries.get(jwksUri);
            if (entry == null || !now.isBefore(entry.freshUntil())) {
                entry = fetch(jwksUri);
            }
            Optional<RSAKey> key = find(entry.keys(), kid);
            if (key.isEmpty() && !now.isBefore(entry.fetchedAt().plus(minRefetchInterval))) {
                entry = fetch(jwksUri);
                key = find(entry.keys(), kid);
            }
            return key.orElseThrow(() -> new LaunchException(
                    LaunchFailure.UNKNOWN_KID, "kid " + kid + " is not in the key set at " + jwksUri));
        }
    }

    private Object lockFor(String jwksUri) {
        return locks.computeIfAbsent(jwksUri, uri -> new Object());
    }

    private Entry fetch(String jwksUri) {
        try {
            FetchedJwks fetched = fetcher.fetch(jwksUri);
            JWKSet keys = JWKSet.parse(fetched.json());
            Instant now = clock.instant();
            Entry entry = new Entry(keys, now, now.plus(fetched.maxAge().orElse(defaultMaxAge)));
            entries.put(jwksUri, entry);
            return entry;
        } catch (IOException | ParseException | RuntimeException e) {
            throw new LaunchException(
                    LaunchFailure.JWKS_UNAVAILABLE, "cannot load the platform key set at " + jwksUri + ": " + e, e);
        }
    }

    private static Optional<RSAKey> find(JWKSet keys, String kid) {
        JWK key = keys.getKeyByKeyId(kid);
        return key instanceof RSAKey rsa ? Optional.of(rsa) : Optional.empty();
    }
}
