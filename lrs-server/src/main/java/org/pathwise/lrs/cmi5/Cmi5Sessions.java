package org.pathwise.lrs.cmi5;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathwise.lrs.platform.ApiException;
import org.pathwise.lrs.platform.ApiException.Kind;
import org.pathwise.lrs.store.Scope;
import org.pathwise.lrs.store.Secrets;
import org.pathwise.lrs.store.StoreService;
import org.pathwise.lrs.xapi.model.Ifi;

/**
 * Opens, reports and abandons cmi5 sessions. A session credential lives in the store of the LMS credential that
 * opened it, holds only the scopes an AU needs (statements/write, statements/read/mine, state, profile) and works
 * until the session expires or is abandoned.
 */
@ApplicationScoped
public class Cmi5Sessions {

    /** Keys of session credentials start with this, so that ordinary requests never look up a session. */
    public static final String KEY_PREFIX = "cmi5-";

    static final Set<String> SCOPES = Set.of(
            Scope.STATEMENTS_WRITE.value(),
            Scope.STATEMENTS_READ_MINE.value(),
            Scope.STATE.value(),
            Scope.PROFILE.value());
    private static final Set<String> LAUNCH_MODES = Set.of("Normal", "Browse", "Review");
    private static final Duration DEFAULT_TTL = Duration.ofHours(8);
    private static final Duration MAX_TTL = Duration.ofHours(24);

    @Inject
    StoreService stores;

    @Inject
    Cmi5SessionRepository repository;

    Clock clock = Clock.systemUTC();

    public OpenedSession open(long storeId, NewSession body) {
        SessionTerms terms = terms(body);
        if (repository.bySession(storeId, terms.sessionId()).isPresent()) {
            throw new ApiException(Kind.CONFLICT, "sessionId: session " + terms.sessionId() + " already exists");
        }
        Duration ttl = body.ttlSeconds() == null ? DEFAULT_TTL : Duration.ofSeconds(body.ttlSeconds());
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_TTL) > 0) {
            throw new ApiException(Kind.BAD_REQUEST, "ttlSeconds: between 1 and " + MAX_TTL.toSeconds());
        }
        String key = KEY_PREFIX + UUID.randomUUID().toString().replace("-", "");
        String secret = Secrets.newSecret();
        stores.putCredential(storeId, key, secret, SCOPES, "cmi5 session " + terms.sessionId());
        Instant now = clock.instant();
        Cmi5Session session = new Cmi5Session(
                storeId, key, terms, body.actor().toString(), now, now.plus(ttl), null, null, SessionProgress.NONE);
        repository.insert(session);
        String token = Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return new OpenedSession(terms.sessionId(), key, token, session.expiresAt());
    }

    public SessionView status(long storeId, String sessionId) {
        return SessionView.of(find(storeId, sessionId));
    }

    /** Closes the session for good (cmi5 §9.3.6) and revokes its credential. */
    public SessionView abandon(long storeId, String sessionId) {
        Cmi5Session session = find(storeId, sessionId);
        repository.close(session, clock.instant());
        stores.revoke(session.credentialKey());
        return SessionView.of(find(storeId, sessionId));
    }

    /** The session of a session credential; empty for every other credential. */
    public Optional<Cmi5Session> ofCredential(String key) {
        return key != null && key.startsWith(KEY_PREFIX) ? repository.byKey(key) : Optional.empty();
    }

    private Cmi5Session find(long storeId, String sessionId) {
        return repository
                .bySession(storeId, sessionId)
                .orElseThrow(() -> new ApiException(Kind.NOT_FOUND, "no cmi5 session " + sessionId));
    }

    private static SessionTerms terms(NewSession body) {
        if (body == null) {
            throw new ApiException(Kind.BAD_REQUEST, "body: a JSON object is required");
        }
        require(body.sessionId(), "sessionId", 100);
        require(body.activityId(), "activityId", 2000);
        require(body.publisherId(), "publisherId", 2000);
        if (body.activityId().equals(body.publisherId())) {
            throw new ApiException(Kind.BAD_REQUEST, "activityId: must not be the publisher id (cmi5 §8.1.5)");
        }
        try {
            UUID.fromString(require(body.registration(), "registration", 36));
        } catch (IllegalArgumentException e) {
            throw new ApiException(Kind.BAD_REQUEST, "registration: must be a UUID");
        }
        String launchMode = body.launchMode() == null ? "Normal" : body.launchMode();
        if (!LAUNCH_MODES.contains(launchMode)) {
            throw new ApiException(Kind.BAD_REQUEST, "launchMode: one of Normal, Browse, Review");
        }
        BigDecimal mastery = body.masteryScore();
        if (mastery != null && (mastery.signum() < 0 || mastery.compareTo(BigDecimal.ONE) > 0)) {
            throw new ApiException(Kind.BAD_REQUEST, "masteryScore: between 0 and 1");
        }
        return new SessionTerms(
                body.sessionId(),
                body.registration(),
                body.activityId(),
                body.publisherId(),
                actorKey(body.actor()),
                mastery,
                launchMode);
    }

    private static String actorKey(JsonNode actor) {
        boolean agent = actor != null
                && actor.isObject()
                && "Agent".equals(actor.path("objectType").asText("Agent"));
        Optional<Ifi> ifi = agent ? Ifi.of(actor) : Optional.empty();
        if (ifi.isEmpty() || !"account".equals(ifi.get().type())) {
            throw new ApiException(Kind.BAD_REQUEST, "actor: an Agent identified by an account (cmi5 §9.2)");
        }
        return ifi.get().key();
    }

    private static String require(String value, String field, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new ApiException(Kind.BAD_REQUEST, field + ": required, at most " + max + " characters");
        }
        return value;
    }
}
