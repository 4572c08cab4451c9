package org.pathwise.tool.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/**
 * The course members ({@code lti_course_member}) on the real database: numbered per course in order of first
 * launch, named when a launch shared a name, and — the migration's backfill — rebuilt from the sessions kept.
 */
class CourseMembersIT {

    static PathwiseServer server;

    @BeforeAll
    static void start() {
        server = TestServer.get();
    }

    @Test
    void membersAreNumberedPerCourseAndKeepTheNewestSharedName() throws Exception {
        String course = "members-" + System.nanoTime();
        String first = course + "-first";
        String second = course + "-second";
        devSession(first, null, course);
        devSession(second, "Grace Hopper", course);
        devSession(first, "Ada Lovelace", course);
        devSession(first, null, course);
        devSession(second, null, course + "-other");

        Map<String, Object[]> rows = members(course);
        assertThat(rows.get(first)).containsExactly(1, "Ada Lovelace");
        assertThat(rows.get(second)).containsExactly(2, "Grace Hopper");
        assertThat(members(course + "-other").get(second)).containsExactly(1, null);
    }

    @Test
    void theMigrationsBackfillRebuildsTheMembersFromTheKeptSessions() throws Exception {
        String course = "backfill-" + System.nanoTime();
        devSession(course + "-a", "Ada Lovelace", course);
        devSession(course + "-b", null, course);
        String sql = backfillStatement();
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM lti_course_member");
                assertThat(st.executeUpdate(sql)).isGreaterThanOrEqualTo(2);
                Map<String, Object[]> rows = members(c, course);
                assertThat(rows.get(course + "-a")).containsExactly(1, "Ada Lovelace");
                assertThat(rows.get(course + "-b")).containsExactly(2, null);
            } finally {
                c.rollback();
            }
        }
    }

    /** The INSERT ... SELECT of V41, as the migration runs it. */
    private static String backfillStatement() throws Exception {
        try (InputStream in = CourseMembersIT.class.getResourceAsStream("/db/migration/lti/V41__course_members.sql")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String insert = text.substring(text.indexOf("INSERT INTO lti_course_member"));
            return insert.substring(0, insert.indexOf(';'));
        }
    }

    private static Map<String, Object[]> members(String course) throws Exception {
        try (Connection c = connect()) {
            return members(c, course);
        }
    }

    private static Map<String, Object[]> members(Connection c, String course) throws Exception {
        Map<String, Object[]> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT learner_id, ordinal, name FROM lti_course_member WHERE context_id = ? ORDER BY ordinal")) {
            ps.setString(1, course);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Object[] {rs.getInt(2), rs.getString(3)});
                }
            }
        }
        return out;
    }

    private static Connection connect() throws Exception {
        var db = server.database();
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    private static void devSession(String learnerId, String name, String course) {
        Map<String, Object> body = new HashMap<>();
        body.put("learnerId", learnerId);
        body.put("name", name);
        body.put("roles", List.of("learner"));
        body.put("contextId", course);
        given().baseUri(server.baseUrl())
                .contentType("application/json")
                .body(body)
                .post("/api/dev/sessions")
                .then()
                .statusCode(201);
    }
}
