package org.pathwise.lti.core.login;

import java.util.Optional;

/**
 * Port: pending logins by {@code state}, shared by every node. Each state is single-use: {@link #take} removes it
 * atomically, so two concurrent launches with the same state cannot both get it. Entries may be dropped after
 * {@link PendingLogin#expiresAt()}; the validator checks expiry itself as well.
 */
public interface StateStore {
    void put(String state, PendingLogin login);

    /** Removes and returns the pending login, or empty when unknown or already taken. */
    Optional<PendingLogin> take(String state);
}
