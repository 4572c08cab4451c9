package org.pathwise.lrs.cmi5;

import java.time.Instant;

/**
 * A stored cmi5 session: its terms, its credential and its progress.
 *
 * @param actor the launch actor as JSON text
 * @param closedAt when the LMS abandoned the session, null while open
 * @param lastStatementAt when the AU last stored a statement, null before any
 */
public record Cmi5Session(
        long storeId,
        String credentialKey,
        SessionTerms terms,
        String actor,
        Instant createdAt,
        Instant expiresAt,
        Instant closedAt,
        Instant lastStatementAt,
        SessionProgress progress) {

    public boolean closed() {
        return closedAt != null;
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
