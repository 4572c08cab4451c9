package org.pathwise.lrs.outbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.pathwise.lrs.platform.LrsDataSource;

/** The webhooks table, with plain JDBC (each call its own auto-committed statement). */
@ApplicationScoped
public class WebhookRepository {
    private static final String COLUMNS = "store_id, url, secret, enabled, delivered_seq, attempts, next_attempt_at,"
            + " last_success_at, last_error, last_error_at";

    @Resource(lookup = LrsDataSource.JNDI)
    DataSource dataSource;

    /** Creates or replaces the webhook of a store; a new URL starts delivering from the current end of the outbox. */
    public void put(long storeId, String url, String secret, boolean enabled, long fromSeq, long now) {
        update(
                "INSERT INTO lrs_webhook (store_id, url, secret, enabled, delivered_seq, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE secret = VALUES(secret),"
                        + " enabled = VALUES(enabled), attempts = 0, next_attempt_at = 0, updated_at = VALUES(updated_at),"
                        + " delivered_seq = IF(url = VALUES(url), delivered_seq, VALUES(delivered_seq)),"
                        + " url = VALUES(url)",
                storeId,
                url,
                secret,
                enabled ? 1 : 0,
                fromSeq,
                now);
    }

    public Optional<Webhook> get(long storeId) {
        return query("SELECT " + COLUMNS + " FROM lrs_webhook WHERE store_id = ?", storeId).stream()
                .findFirst();
    }

    public boolean delete(long storeId) {
        return update("DELETE FROM lrs_webhook WHERE store_id = ?", storeId) > 0;
    }

    /** Enabled webhooks whose next attempt is due. */
    public List<Webhook> due(long now) {
        return query("SELECT " + COLUMNS + " FROM lrs_webhook WHERE enabled = 1 AND next_attempt_at <= ?", now);
    }

    /** Takes the delivery lease of a webhook until {@code until}; false when another worker holds it. */
    public boolean lease(long storeId, long now, long until) {
        return update(
                        "UPDATE lrs_webhook SET lease_until = ? WHERE store_id = ? AND lease_until < ?",
                        until,
                        storeId,
                        now)
                == 1;
    }

    public void delivered(long storeId, long seq, long now) {
        update(
                "UPDATE lrs_webhook SET delivered_seq = GREATEST(delivered_seq, ?), attempts = 0, next_attempt_at = 0,"
                        + " last_success_at = ?, lease_until = 0 WHERE store_id = ?",
                seq,
                now,
                storeId);
    }

    public void failed(long storeId, int attempts, long nextAttemptAt, String error, long now) {
        update(
                "UPDATE lrs_webhook SET attempts = ?, next_attempt_at = ?, last_error = ?, last_error_at = ?,"
                        + " lease_until = 0 WHERE store_id = ?",
                attempts,
                nextAttemptAt,
                error.length() > 1000 ? error.substring(0, 1000) : error,
                now,
                storeId);
    }

    public void release(long storeId) {
        update("UPDATE lrs_webhook SET lease_until = 0 WHERE store_id = ?", storeId);
    }

    private int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("webhook table: " + e.getMessage(), e);
        }
    }

    private List<Webhook> query(String sql, Object... params) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            List<Webhook> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("webhook table: " + e.getMessage(), e);
        }
    }

    private static Webhook row(ResultSet rs) throws SQLException {
        long storeId = rs.getLong(1);
        String url = rs.getString(2);
        String secret = rs.getString(3);
        boolean enabled = rs.getBoolean(4);
        long delivered = rs.getLong(5);
        int attempts = rs.getInt(6);
        long next = rs.getLong(7);
        long success = rs.getLong(8);
        Long lastSuccess = rs.wasNull() ? null : success;
        String error = rs.getString(9);
        long errorAt = rs.getLong(10);
        Long lastErrorAt = rs.wasNull() ? null : errorAt;
        return new Webhook(storeId, url, secret, enabled, delivered, attempts, next, lastSuccess, error, lastErrorAt);
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }
}
