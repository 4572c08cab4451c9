package org.pathwise.player.launch;

import java.time.Instant;

/**
 * One page load of an attempt.
 *
 * @param tokenHash SHA-256 of the commit token handed to the page (hex)
 * @param lastSequence the commit sequence last accepted (-1 before any)
 * @param sessionMillis the session time reported so far
 */
public record Launch(
        String id,
        String attemptId,
        String tokenHash,
        String entry,
        Instant startedAt,
        Instant expiresAt,
        boolean initialized,
        boolean terminated,
        int lastSequence,
        long sessionMillis) {}
