package org.pathwise.lti.core.testplatform;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pathwise.lti.core.login.NonceStore;
import org.pathwise.lti.core.login.PendingLogin;
import org.pathwise.lti.core.login.StateStore;

/** Single-node state and nonce stores for tests. */
public final class InMemoryStores {
    private InMemoryStores() {}

    public static final class States implements StateStore {
        private final Map<String, PendingLogin> entries = new ConcurrentHashMap<>();

        @Override
        public void put(String state, PendingLogin login) {
            entries.put(state, login);
        }

        @Override
        public Optional<PendingLogin> take(String state) {
            return Optional.ofNullable(entries.remove(state));
        }

        public int size() {
            return entries.size();
        }
    }

    public static final class Nonces implements NonceStore {
        private final Map<String, Instant> entries = new ConcurrentHashMap<>();

        @Override
        public void put(String nonce, Instant expiresAt) {
            entries.put(nonce, expiresAt);
        }

        @Override
        public Optional<Instant> take(String nonce) {
            return Optional.ofNullable(entries.remove(nonce));
        }

        public boolean contains(String nonce) {
            return entries.containsKey(nonce);
        }
    }
}
