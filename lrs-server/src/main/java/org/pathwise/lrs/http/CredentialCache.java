package org.pathwise.lrs.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.lrs.platform.ApiException;
import org.pathwise.lrs.platform.ApiException.Kind;
import org.pathwise.lrs.store.Credential;
import org.pathwise.lrs.store.CredentialChanged;
import org.pathwise.lrs.store.Secrets;
import org.pathwise.lrs.store.StoreService;

/**
 * Verified credentials, kept for a short while ({@code pathwise.lrs.auth-cache-seconds}) so that ingest is not
 * dominated by a database lookup per request. Keyed by the key and the hash of the secret: a wrong secret is never
 * served from the cache. A revoked credential presented with its right secret is refused with 403 (a wrong secret or
 * an unknown key: 401). Revoking a credential or changing it evicts its entries once the change is committed, so
 * the next request is checked against the database; a lookup that raced with the change does not put the old
 * answer back. (Each node keeps its own cache: another node of a cluster still serves its entry until it expires.)
 */
@ApplicationScoped
public class CredentialCache {
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Credential credential, long expiresAt) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Counts evictions: a lookup that began before one may not leave its answer in the cache. */
    private final AtomicLong evictions = new AtomicLong();

    @Inject
    StoreService stores;

    @Inject
    @ConfigProperty(name = "pathwise.lrs.auth-cache-seconds", defaultValue = "30")
    long ttlSeconds;

    Clock clock = Clock.systemUTC();

    /**
     * @return the active credential with this key and secret, empty when there is none (401)
     * @throws ApiException 403 when the secret is right but the credential was revoked
     */
    public Optional<Credential> authenticate(String key, String secret) {
        String cacheKey = key + "\u0000" + Secrets.hash(secret);
        long now = clock.millis();
        Entry entry = entries.get(cacheKey);
        if (entry != null && entry.expiresAt() > now) {
            return Optional.of(entry.credential());
        }
        long generation = evictions.get();
        Optional<Credential> credential = stores.verify(key, secret);
        if (credential.isPresent() && !credential.get().active()) {
            entries.remove(cacheKey);
            // the right secret of a revoked credential (e.g. of an abandoned cmi5 session): known, not allowed
            throw new ApiException(Kind.FORBIDDEN, "Authorization: this credential was revoked");
        }
        if (credential.isPresent()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(cacheKey, new Entry(credential.get(), now + ttlSeconds * 1000));
            if (evictions.get() != generation) {
                // a credential changed while this one was read: what was read may be the old state
                entries.remove(cacheKey);
            }
        } else {
            entries.remove(cacheKey);
        }
        return credential;
    }

    /** Forgets every entry of the credential's key, after the transaction that changed it has committed. */
    void evict(@Observes(during = TransactionPhase.AFTER_SUCCESS) CredentialChanged change) {
        evictions.incrementAndGet();
        String prefix = change.key() + "\u0000";
        entries.keySet().removeIf(k -> k.startsWith(prefix));
    }
}
