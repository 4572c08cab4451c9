package org.pathwise.lrs.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.lrs.store.Credential;
import org.pathwise.lrs.store.Secrets;
import org.pathwise.lrs.store.StoreService;

/**
 * Verified credentials, kept for a short while ({@code pathwise.lrs.auth-cache-seconds}) so that ingest is not
 * dominated by a database lookup per request. Keyed by the key and the hash of the secret: a wrong secret is never
 * served from the cache. A revoked credential stops working when its entry expires.
 */
@ApplicationScoped
public class CredentialCache {
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Credential credential, long expiresAt) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    StoreService stores;

    @Inject
    @ConfigProperty(name = "pathwise.lrs.auth-cache-seconds", defaultValue = "30")
    long ttlSeconds;

    Clock clock = Clock.systemUTC();

    public Optional<Credential> authenticate(String key, String secret) {
        String cacheKey = key + "\u0000" + Secrets.hash(secret);
        long now = clock.millis();
        Entry entry = entries.get(cacheKey);
        if (entry != null && entry.expiresAt() > now) {
            return Optional.of(entry.credential());
        }
        Optional<Credential> credential = stores.authenticate(key, secret);
        if (credential.isPresent()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(cacheKey, new Entry(credential.get(), now + ttlSeconds * 1000));
        } else {
            entries.remove(cacheKey);
        }
        return credential;
    }
}
