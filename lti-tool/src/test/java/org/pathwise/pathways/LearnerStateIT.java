package org.pathwise.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.player.PlayerFixtures.golf;
import static org.pathwise.player.PlayerFixtures.upload;
import static org.pathwise.player.PlayerFixtures.zip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/**
 * The stored learner model state: advanced from the LRS outbox one page at a time (each statement once, the cursor in
 * the same transaction), used by the planner instead of a replay, equal to what a replay gives, and rebuilt by replay
 * when a statement is voided.
 */
class LearnerStateIT {

    static final ObjectMapper JSON = new ObjectMapper();

    static PathwiseServer server;
    static PathwayTestClient client;
    static String course;
    static String instructor;
    static Map<String, String> unitByTitle = new LinkedHashMap<>();
    static Map<String, String> activityByTitle = new LinkedHashMap<>();
    static String pathway;

    @BeforeAll
    static void courseWithAPathway() {
        server = TestServer.get();
        course = "it-state-" + UUID.randomUUID();
        client = new PathwayTestClient(server, course);
        instructor = client.session("it-state-instructor", "instructor");
        String packageId = upload(server, instructor, zip(golf("ContentPackagingOneFilePerSCO_SCORM12")))
                .getString("id");
        client.unitsOf(instructor, packageId, unitByTitle, activityByTitle);
        client.api(instructor)
                .contentType("text/csv")
                .body("id,name,parent_id\nplaying,Playing the game,\n")
                .put("/api/learning/framework?title=Golf")
                .then()
                .statusCode(200);
        for (String[] t : new String[][] {{"How to Play", "LESSON"}, {"Playing Golf Quiz", "ASSESSMENT"}}) {
            client.api(instructor)
                    .contentType("application/json")
                    .body(Map.of("kind", t[1], "competencies", List.of("playing")))
                    .put("/api/learning/modules/" + unitByTitle.get(t[0]))
                    .then()
                    .statusCode(200);
        }
        pathway = client.api(instructor)
                .contentType("application/json")
                .body(Map.of(
                        "title",
                        "Playing",
                        "steps",
                        List.of(unitByTitle.get("How to Play"), unitByTitle.get("Playing Golf Quiz"))))
                .post("/api/pathways")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void theStateAdvancesPerStatementMatchesAReplayAndIsRebuiltWhenAStatementIsVoided() throws Exception {
        String learner = "it-state-" + UUID.randomUUID();
        String session = client.session(learner, "learner");
        client.next(session, pathway); // follows the pathway from now on
        Instant t = Instant.now().minus(10, ChronoUnit.MINUTES);
        String first = UUID.randomUUID().toString();
        client.postStatements(List.of(answer(first, learner, "q1", false, t)));
        JsonNode one = awaitState(learner, 1);
        assertThat(one.path("model").path("answers").asLong()).isEqualTo(1);

        client.postStatements(List.of(
                answer(UUID.randomUUID().toString(), learner, "q2", true, t.plusSeconds(30)),
                answer(UUID.randomUUID().toString(), learner, "q3", true, t.plusSeconds(60))));
        JsonNode three = awaitState(learner, 3);
        assertThat(three.path("model").path("answers").asLong())
                .as("the two new answers applied on top of the stored state")
                .isEqualTo(3);
        assertThat(three.path("model")
                        .path("skills")
                        .path("playing")
                        .path("successes")
                        .asInt())
                .isEqualTo(2);
        assertThat(masteryRow(learner)).as("mastery row written with the state").isNotNull();

        Map<String, Object> fromState = playing(client.next(session, pathway));
        deleteState(learner);
        Map<String, Object> fromReplay = playing(client.next(session, pathway));
        assertThat(fromState).as("stored state and replay agree").isEqualTo(fromReplay);
        assertThat(fromState.get("evidence")).isEqualTo(3);

        client.postStatements(List.of(voiding(first, t.plusSeconds(90))));
        JsonNode rebuilt = awaitState(learner, 2);
        assertThat(rebuilt.path("model").path("answers").asLong())
                .as("the voided answer is gone: rebuilt by replay")
                .isEqualTo(2);
        assertThat(rebuilt.path("model")
                        .path("skills")
                        .path("playing")
                        .path("failures")
                        .asInt())
                .isZero();
        assertThat(playing(client.next(session, pathway)).get("evidence")).isEqualTo(2);
    }

    // --- helpers

    static Map<String, Object> playing(JsonPath plan) {
        return plan.getMap("mastery.find { it.competencyId == 'playing' }");
    }

    static JsonNode awaitState(String learner, int statements) throws Exception {
        for (int i = 0; i < 120; i++) {
            try (Connection c = connect();
                    PreparedStatement ps = c.prepareStatement(
                            "SELECT statements, body FROM lti_learner_state WHERE learner_id = ? AND course_key LIKE ?")) {
                ps.setString(1, learner);
                ps.setString(2, "%:" + course);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getInt(1) == statements) {
                        return JSON.readTree(rs.getString(2));
                    }
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no stored state of " + learner + " reflecting " + statements + " statements");
    }

    static Double masteryRow(String learner) throws SQLException {
        try (Connection c = connect();
                PreparedStatement ps = c.prepareStatement("SELECT mastery FROM lti_learner_mastery"
                        + " WHERE learner_id = ? AND competency_id = 'playing' AND course_key LIKE ?")) {
            ps.setString(1, learner);
            ps.setString(2, "%:" + course);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getDouble(1) : null;
            }
        }
    }

    static void deleteState(String learner) throws SQLException {
        try (Connection c = connect();
                PreparedStatement ps = c.prepareStatement("DELETE FROM lti_learner_state WHERE learner_id = ?")) {
            ps.setString(1, learner);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    static Connection connect() throws SQLException {
        var db = server.database();
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    static Map<String, Object> answer(String id, String learner, String item, boolean correct, Instant at) {
        Map<String, Object> s = client.statement(
                learner,
                "answered",
                activityByTitle.get("Playing Golf Quiz") + "/interactions/" + item,
                Map.of("success", correct),
                at);
        s.put("id", id);
        return s;
    }

    static Map<String, Object> voiding(String voided, Instant at) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", UUID.randomUUID().toString());
        s.put("actor", Map.of("objectType", "Agent", "mbox", "mailto:admin@example.org"));
        s.put("verb", Map.of("id", "http://adlnet.gov/expapi/verbs/voided"));
        s.put("object", Map.of("objectType", "StatementRef", "id", voided));
        s.put("timestamp", at.toString());
        return s;
    }
}
