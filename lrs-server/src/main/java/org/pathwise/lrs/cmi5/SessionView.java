package org.pathwise.lrs.cmi5;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** A session as the LMS sees it: what the AU has stored so far (no credential secret). */
public record SessionView(
        String sessionId,
        String registration,
        String activityId,
        String launchMode,
        Instant createdAt,
        Instant expiresAt,
        Instant closedAt,
        Instant lastStatementAt,
        Set<String> verbs,
        boolean initialized,
        boolean completed,
        boolean passed,
        boolean failed,
        boolean terminated,
        BigDecimal scoreScaled) {

    static SessionView of(Cmi5Session s) {
        SessionProgress p = s.progress();
        return new SessionView(
                s.terms().sessionId(),
                s.terms().registration(),
                s.terms().activityId(),
                s.terms().launchMode(),
                s.createdAt(),
                s.expiresAt(),
                s.closedAt(),
                s.lastStatementAt(),
                p.definedVerbs(),
                p.has(Cmi5Terms.INITIALIZED),
                p.has(Cmi5Terms.COMPLETED),
                p.has(Cmi5Terms.PASSED),
                p.has(Cmi5Terms.FAILED),
                p.has(Cmi5Terms.TERMINATED),
                p.scoreScaled());
    }
}
