package org.pathwise.tool.session;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.lti.platforms.Sql;
import org.pathwise.tool.platform.ToolDataSource;

/**
 * One-time launch handles: the only session credential a page address may carry ({@code ?s=}). A handle is 32 random
 * bytes (URL-safe Base64, 43 characters); only its SHA-256 is stored (table {@code tool_launch_handle}), with the
 * session it stands for and its end. It is spent by one {@code UPDATE ... WHERE used_at IS NULL AND expires_at > now},
 * so it works once, on any node; a spent, expired or unknown handle yields nothing. Handles live
 * {@code pathwise.session.handle-seconds} (120 by default): long enough for a redirect or a click, short enough that
 * an address copied from the history, a log or a screen share opens nothing. The cmi5 returnURL gets a handle that
 * lives as long as its session ({@link #issueUntilSessionEnd}). Spent and expired rows are deleted by the LTI
 * housekeeping.
 */
@ApplicationScoped
public class LaunchHandles {

    /** 32 bytes in URL-safe Base64 without padding. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "pathwise.session.handle-seconds", defaultValue = "120")
    long handleSeconds;

    Clock clock = Clock.systemUTC();
    private Sql sql;

    @PostConstruct
    void init() {
        sql = new Sql(dataSource);
    }

    /** A new handle for the session, good once within {@code pathwise.session.handle-seconds}. */
    public String issue(ToolSession session) {
        return issue(session, Duration.ofSeconds(Math.max(1, handleSeconds)));
    }

    /** A new handle good once until the session ends (the cmi5 returnURL, used when the AU exits). */
    public String issueUntilSessionEnd(ToolSession session) {
        String handle = newHandle();
        // the end is the stored session's (a session record may not carry it)
        sql.update(
                "INSERT INTO tool_launch_handle (handle_hash, session_id, expires_at)"
                        + " SELECT ?, id, expires_at FROM lti_session WHERE id = ?",
                hash(handle),
                session.id());
        return handle;
    }

    private String issue(ToolSession session, Duration lifetime) {
        Instant end = clock.instant().plus(lifetime);
        if (session.expiresAt() != null && end.isAfter(session.expiresAt())) {
            end = session.expiresAt();
        }
        String handle = newHandle();
        sql.update(
                "INSERT INTO tool_launch_handle (handle_hash, session_id, expires_at) VALUES (?, ?, ?)",
                hash(handle),
                session.id(),
                end.toEpochMilli());
        return handle;
    }

    /**
     * Spends a handle: the id of the session it was issued for, if it is well formed, known, unspent and unexpired;
     * empty otherwise (and then it can never be spent again).
     */
    public Optional<String> consume(String handle) {
        if (!wellFormed(handle)) {
            return Optional.empty();
        }
        String hash = hash(handle);
        long now = clock.millis();
        int spent = sql.update(
                "UPDATE tool_launch_handle SET used_at = ? WHERE handle_hash = ? AND used_at IS NULL AND expires_at > ?",
                now,
                hash,
                now);
        if (spent != 1) {
            return Optional.empty();
        }
        return sql.one("SELECT session_id FROM tool_launch_handle WHERE handle_hash = ?", rs -> rs.getString(1), hash);
    }

    /** Deletes handles past their end (spent ones are kept until then: a replay must find them spent). */
    public int purgeExpired() {
        return sql.update("DELETE FROM tool_launch_handle WHERE expires_at < ?", clock.millis());
    }

    /** Whether a value has the shape of a handle (anything else is refused without a database round trip). */
    static boolean wellFormed(String handle) {
        return handle != null && SHAPE.matcher(handle).matches();
    }

    /** The stored form of a handle: SHA-256, URL-safe Base64 without padding (43 characters). */
    static String hash(String handle) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(handle.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String newHandle() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
