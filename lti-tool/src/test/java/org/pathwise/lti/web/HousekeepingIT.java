package org.pathwise.lti.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/**
 * Expired login states, nonces, tool sessions, launch contexts and one-time launch handles are deleted by the running server's housekeeping
 * (every 2 s in the tests, {@code PATHWISE_LTI_HOUSEKEEPING_SECONDS}), and rows still valid stay.
 */
class HousekeepingIT {

    static PathwiseServer server;

    @BeforeAll
    static void start() {
        server = TestServer.get();
    }

    @Test
    void expiredLtiRowsArePurgedAndLiveOnesKept() throws Exception {
        long past = System.currentTimeMillis() - 60_000;
        long future = System.currentTimeMillis() + 3_600_000;
        String expired = "hk-old-" + UUID.randomUUID().toString().substring(0, 8);
        String live = "hk-new-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> tables =
                List.of("lti_login_state", "lti_nonce", "lti_session", "lti_launch_context", "tool_launch_handle");
        for (String id : List.of(expired, live)) {
            long expiresAt = id.equals(expired) ? past : future;
            execute("INSERT INTO lti_login_state (id, expires_at, body) VALUES (?, ?, '{}')", id, expiresAt);
            execute("INSERT INTO lti_nonce (id, expires_at) VALUES (?, ?)", id, expiresAt);
            execute(
                    "INSERT INTO lti_session (id, expires_at, learner_id, body) VALUES (?, ?, 'hk', '{}')",
                    id,
                    expiresAt);
            execute(
                    "INSERT INTO lti_launch_context (session_id, platform_id, expires_at, body) VALUES (?, 0, ?, '{}')",
                    id,
                    expiresAt);
            execute(
                    "INSERT INTO tool_launch_handle (handle_hash, session_id, expires_at) VALUES (?, 'hk', ?)",
                    id,
                    expiresAt);
        }

        long deadline = System.currentTimeMillis() + 30_000;
        while (tables.stream().anyMatch(t -> exists(t, expired)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }

        for (String table : tables) {
            assertThat(exists(table, expired)).as("expired row in " + table).isFalse();
            assertThat(exists(table, live)).as("live row in " + table).isTrue();
        }
    }

    private static boolean exists(String table, String id) {
        String key =
                switch (table) {
                    case "lti_launch_context" -> "session_id";
                    case "tool_launch_handle" -> "handle_hash";
                    default -> "id";
                };
        try (Connection c = connect();
                PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + table + " WHERE " + key + " = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(String sql, String id, long expiresAt) throws SQLException {
        try (Connection c = connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            ps.setLong(2, expiresAt);
            ps.executeUpdate();
        }
    }

    private static Connection connect() throws SQLException {
        var db = server.database();
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }
}
