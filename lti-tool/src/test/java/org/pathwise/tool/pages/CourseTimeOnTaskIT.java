package org.pathwise.tool.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.pathwise.player.PlayerFixtures.playerConfig;
import static org.pathwise.player.PlayerFixtures.testPackage;
import static org.pathwise.player.PlayerFixtures.upload;
import static org.pathwise.player.PlayerFixtures.zip;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/**
 * Time on task is per course: the player records the course of each attempt and launch, the class dashboard's figures
 * (and the learner page) count only the launches played in the instructor's course, and launches without a recorded
 * course (rows from before V43) are shown apart as such.
 */
class CourseTimeOnTaskIT {

    static PathwiseServer server;

    @BeforeAll
    static void start() {
        server = TestServer.get();
    }

    @Test
    void dashboardTimeOnTaskCountsOnlyTheCoursesLaunchesAndShowsUnrecordedTimeApart() throws Exception {
        String suffix = Long.toString(System.nanoTime());
        String courseA = "time-course-a-" + suffix;
        String courseB = "time-course-b-" + suffix;
        String learner = "time-learner-" + suffix;
        String instructor = devSession("time-teacher-" + suffix, "instructor", courseA);
        String inA = devSession(learner, "learner", courseA);
        String inB = devSession(learner, "learner", courseB);
        String unrecorded = "time-course-unrecorded-" + suffix;
        String noCourse = devSession(learner, "learner", unrecorded);

        String unit = upload(server, instructor, zip(testPackage("complete-on-open-scorm12")))
                .getString("units[0].id");
        String pathway = given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", instructor)
                .contentType("application/json")
                .body(Map.of("title", "Timed", "steps", List.of(unit)))
                .post("/api/pathways")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", inA)
                .queryParam("pathway", pathway)
                .get("/learn")
                .then()
                .statusCode(200);

        // 30 minutes in course A, 45 in course B, 10 whose course is then erased (as rows from before V43)
        play(inA, unit, "0000:30:00.00");
        play(inB, unit, "0000:45:00.00");
        play(noCourse, unit, "0000:10:00.00");

        try (Connection c = DriverManager.getConnection(
                        server.database().url(),
                        server.database().user(),
                        server.database().password());
                PreparedStatement erase = c.prepareStatement("UPDATE player_launch l JOIN player_attempt a ON"
                        + " a.id = l.attempt_id SET l.context_id = NULL, a.context_id = NULL WHERE l.context_id = ?");
                PreparedStatement ps = c.prepareStatement("SELECT a.context_id, l.context_id FROM player_launch l"
                        + " JOIN player_attempt a ON a.id = l.attempt_id WHERE a.learner_id = ?"
                        + " ORDER BY l.started_at")) {
            erase.setString(1, unrecorded);
            assertThat(erase.executeUpdate()).isEqualTo(2);
            ps.setString(1, learner);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " / " + rs.getString(2));
                }
            }
            assertThat(rows).containsExactly(courseA + " / " + courseA, courseB + " / " + courseB, "null / null");
        }

        JsonPath time = given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", instructor)
                .get("/api/pages/pathways/" + pathway + "/time")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(time.getMap("").keySet()).containsExactly(learner);
        assertThat(time.getLong("'" + learner + "'.minutes")).isEqualTo(30);
        assertThat(time.getLong("'" + learner + "'.unrecordedMinutes")).isEqualTo(10);

        String page = given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", instructor)
                .get("/instructor/learners/" + learner)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("0 h 30 min</span><span class=\"muted\">Time in this course’s content")
                .contains("id=\"time-unrecorded\"><span class=\"value\">0 h 10 min</span>")
                .doesNotContain("1 h 25 min")
                .doesNotContain("1 h 15 min");
    }

    /** Launches the unit in the session's course and ends the attempt with the given SCORM 1.2 session time. */
    private static void play(String session, String unit, String sessionTime) {
        String html = given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", session)
                .get("/play/" + unit)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonPath config = playerConfig(html);
        given().baseUri(server.baseUrl())
                .contentType("text/plain")
                .post(config.getString("initializeUrl"))
                .then()
                .statusCode(200)
                .body("result", equalTo(true));
        given().baseUri(server.baseUrl())
                .contentType("application/json;charset=UTF-8")
                .body(Map.of(
                        "cmi.core.lesson_status",
                        "completed",
                        "cmi.core.exit",
                        "",
                        "cmi.core.session_time",
                        sessionTime,
                        "commitSequence",
                        0,
                        "terminate",
                        true))
                .post(config.getString("commitUrl"))
                .then()
                .statusCode(200)
                .body("result", equalTo(true));
    }

    private static String devSession(String learnerId, String role, String course) {
        Map<String, Object> body = new HashMap<>();
        body.put("learnerId", learnerId);
        body.put("name", "Timed Learner");
        body.put("roles", List.of(role));
        if (course != null) {
            body.put("contextId", course);
        }
        return given().baseUri(server.baseUrl())
                .contentType("application/json")
                .body(body)
                .post("/api/dev/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
