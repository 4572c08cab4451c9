package org.pathwise.lrs.store;

import java.time.Instant;
import java.util.Set;

/** A credential as the API shows it (never with its secret). */
public record Credential(String key, long storeId, Set<String> scopes, String label, Instant created, Instant revoked) {

    public boolean active() {
        return revoked == null;
    }
}
