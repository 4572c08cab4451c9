package org.pathwise.tool.pages.admin;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The read-only credential the statement browser uses per store: issued through the admin API on first use (scope
 * {@code statements/read}, label {@value #LABEL}), kept in memory only; the ones a previous run left are revoked
 * when a new one is issued.
 */
@ApplicationScoped
public class BrowseCredentials {

    static final String LABEL = "pathwise admin statement browser";

    /** A key and its secret. */
    public record Pair(String key, String secret) {}

    @Inject
    LrsAdminClient lrs;

    private final Map<Long, Pair> pairs = new ConcurrentHashMap<>();

    /** The store's browse credential, or the LRS's reason why not. */
    public synchronized Result of(long storeId) {
        Pair pair = pairs.get(storeId);
        if (pair != null) {
            return new Result(Optional.of(pair), null);
        }
        LrsAdminClient.Answer existing = lrs.credentials(storeId);
        if (!existing.ok()) {
            return new Result(Optional.empty(), existing.detail());
        }
        for (JsonNode c : existing.body()) {
            if (LABEL.equals(c.path("label").asText()) && !c.hasNonNull("revoked")) {
                lrs.revoke(c.path("key").asText());
            }
        }
        LrsAdminClient.Answer issued = lrs.issue(storeId, List.of("statements/read"), LABEL);
        if (!issued.ok()) {
            return new Result(Optional.empty(), issued.detail());
        }
        pair = new Pair(
                issued.body().path("credential").path("key").asText(),
                issued.body().path("secret").asText());
        pairs.put(storeId, pair);
        return new Result(Optional.of(pair), null);
    }

    /** Forgets a store's credential (it was refused: revoked by someone). */
    public void forget(long storeId) {
        pairs.remove(storeId);
    }

    /** A credential or the reason there is none. */
    public record Result(Optional<Pair> pair, String error) {}
}
