package org.pathwise.lti.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.pathwise.lti.core.login.PendingLogin;
import org.pathwise.lti.core.login.StateStore;
import org.pathwise.lti.platforms.Sql;
import org.pathwise.tool.platform.ToolDataSource;

/**
 * The core's state port over the database, shared by every node. A take is {@code SELECT} then
 * {@code DELETE ... WHERE id = ?}: only the request whose DELETE removed the row gets the login, so a replay or a
 * concurrent double submit on another node finds nothing.
 */
@ApplicationScoped
public class DbStateStore implements StateStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    Clock clock = Clock.systemUTC();
    private Sql sql;

    /** The JSON form of a pending login (records with Optional do not map directly). */
    public record StoredLogin(
            String issuer,
            String clientId,
            String nonce,
            String targetLinkUri,
            String storageTarget,
            long expiresAt,
            String loginHint,
            String messageHint,
            String deploymentIdHint) {}

    @PostConstruct
    void init() {
        sql = new Sql(dataSource);
    }

    @Override
    public void put(String state, PendingLogin login) {
        StoredLogin stored = new StoredLogin(
                login.issuer(),
                login.clientId(),
                login.nonce(),
                login.targetLinkUri(),
                login.storageTarget().orElse(null),
                login.expiresAt().toEpochMilli(),
                login.loginHint().orElse(null),
                login.messageHint().orElse(null),
                login.deploymentIdHint().orElse(null));
        sql.update(
                "INSERT INTO lti_login_state (id, expires_at, body) VALUES (?, ?, ?)",
                state,
                stored.expiresAt(),
                write(stored));
    }

    @Override
    public Optional<PendingLogin> take(String state) {
        Optional<PendingLogin> login = peek(state);
        if (login.isEmpty() || sql.update("DELETE FROM lti_login_state WHERE id = ?", state) != 1) {
            return Optional.empty();
        }
        return login;
    }

    /** The pending login without taking it (to decide how the state must be checked). */
    public Optional<PendingLogin> peek(String state) {
        if (state == null || state.length() > 64) {
            return Optional.empty();
        }
        return sql.one("SELECT body FROM lti_login_state WHERE id = ?", rs -> read(rs.getString(1)), state);
    }

    /** Deletes expired states; returns how many rows went. */
    public int purgeExpired() {
        return sql.update("DELETE FROM lti_login_state WHERE expires_at < ?", clock.millis());
    }

    private static String write(StoredLogin login) {
        try {
            return JSON.writeValueAsString(login);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PendingLogin read(String json) {
        try {
            StoredLogin s = JSON.readValue(json, StoredLogin.class);
            return new PendingLogin(
                    s.issuer(),
                    s.clientId(),
                    s.nonce(),
                    s.targetLinkUri(),
                    Optional.ofNullable(s.storageTarget()),
                    Instant.ofEpochMilli(s.expiresAt()),
                    Optional.ofNullable(s.loginHint()),
                    Optional.ofNullable(s.messageHint()),
                    Optional.ofNullable(s.deploymentIdHint()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored login is not readable", e);
        }
    }
}
