package org.pathwise.lti.core.login;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: issued nonces, shared by every node. A nonce is single-use: {@link #take} removes it atomically. Entries may
 * be dropped after their expiry; the validator checks the returned expiry itself.
 */
public interface NonceStore {
    void put(String nonce, Instant expiresAt);

    /** Removes the nonce and returns its expiry, or empty when it was never issued or was already used. */
    Optional<Instant> take(String nonce);
}
