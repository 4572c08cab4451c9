package org.pathwise.lti.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.pathwise.lti.core.login.NonceStore;
import org.pathwise.lti.platforms.Sql;
import org.pathwise.tool.platform.ToolDataSource;

/**
 * The core's nonce port over the database, shared by every node: a nonce is taken with
 * {@code DELETE ... WHERE id = ?} and only the request that removed the row may use it (replays find nothing).
 */
@ApplicationScoped
public class DbNonceStore implements NonceStore {

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    Clock clock = Clock.systemUTC();
    private Sql sql;

    @PostConstruct
    void init() {
        sql = new Sql(dataSource);
    }

    @Override
    public void put(String nonce, Instant expiresAt) {
        sql.update("INSERT INTO lti_nonce (id, expires_at) VALUES (?, ?)", nonce, expiresAt.toEpochMilli());
    }

    @Override
    public Optional<Instant> take(String nonce) {
        if (nonce.length() > 64) {
            return Optional.empty();
        }
        Optional<Instant> expiry = sql.one(
                "SELECT expires_at FROM lti_nonce WHERE id = ?", rs -> Instant.ofEpochMilli(rs.getLong(1)), nonce);
        if (expiry.isEmpty() || sql.update("DELETE FROM lti_nonce WHERE id = ?", nonce) != 1) {
            return Optional.empty();
        }
        return expiry;
    }

    /** Deletes expired nonces; returns how many rows went. */
    public int purgeExpired() {
        return sql.update("DELETE FROM lti_nonce WHERE expires_at < ?", clock.millis());
    }
}
