package org.pathwise.tool.pages.admin;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.tool.platform.ToolDataSource;

/**
 * The admin's login: the admin secret ({@code pathwise.admin.secret}, printed by the run command) exchanged for a
 * random session handle kept in the {@code pw_admin} cookie; the database holds only its SHA-256. Without a
 * configured secret nobody can log in.
 */
@ApplicationScoped
public class AdminSessions {

    public static final String COOKIE = "pw_admin";
    static final Duration LIFETIME = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "pathwise.admin.secret")
    Optional<String> secret;

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    Clock clock = Clock.systemUTC();

    public boolean enabled() {
        return secret.filter(s -> !s.isBlank()).isPresent();
    }

    /** A new session handle when {@code given} is the admin secret (compared in constant time). */
    public Optional<String> login(String given) {
        if (!enabled() || given == null || !MessageDigest.isEqual(sha256(given), sha256(secret.get()))) {
            return Optional.empty();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String handle = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long now = clock.millis();
        update("INSERT INTO lti_admin_session (id_hash, created_at, expires_at) VALUES (?, ?, ?)", ps -> {
            ps.setString(1, hash(handle));
            ps.setLong(2, now);
            ps.setLong(3, now + LIFETIME.toMillis());
        });
        update("DELETE FROM lti_admin_session WHERE expires_at < ?", ps -> ps.setLong(1, now));
        return Optional.of(handle);
    }

    /** Whether the handle belongs to an unexpired admin session. */
    public boolean valid(String handle) {
        if (handle == null || handle.isBlank() || handle.length() > 64) {
            return false;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT 1 FROM lti_admin_session WHERE id_hash = ? AND expires_at > ?")) {
            ps.setString(1, hash(handle));
            ps.setLong(2, clock.millis());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the admin session", e);
        }
    }

    public void logout(String handle) {
        if (handle != null) {
            update("DELETE FROM lti_admin_session WHERE id_hash = ?", ps -> ps.setString(1, hash(handle)));
        }
    }

    /** The Set-Cookie value: only for the admin pages, never sent cross-site, not readable by scripts. */
    static String cookie(String handle, Duration maxAge) {
        return COOKIE + "=" + handle + "; Path=/admin; Max-Age=" + maxAge.toSeconds()
                + "; Secure; HttpOnly; SameSite=Strict";
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the admin session", e);
        }
    }

    static String hash(String handle) {
        return HexFormat.of().formatHex(sha256(handle));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
