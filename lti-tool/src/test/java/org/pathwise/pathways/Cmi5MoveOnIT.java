package org.pathwise.pathways;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.player.PlayerFixtures.shared;
import static org.pathwise.player.PlayerFixtures.upload;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/**
 * An imported cmi5 course's moveOn and masteryScore reach the content model without tagging: the CATAPULT pre/post
 * test course's pre-test (moveOn Passed) stays the next step after it is only completed, and is done once passed.
 */
class Cmi5MoveOnIT {

    static final String BASE = "https://w3id.org/xapi/cmi5/catapult/lts/course/geology-intro-preposttest/block1/";

    static PathwiseServer server;
    static String course;
    static String instructor;
    static Map<String, Map<String, Object>> unitByActivity = new LinkedHashMap<>();
    static String pathway;

    @BeforeAll
    static void pathwayOverACmi5Course() throws Exception {
        server = TestServer.get();
        course = "it-cmi5-moveon-" + UUID.randomUUID();
        instructor = sessionIn("it-cmi5-instructor", "instructor");
        for (String zip : List.of("pre_post_test_framed.zip", "masteryscore_framed.zip")) {
            upload(server, instructor, Files.readAllBytes(shared("content/cmi5/" + zip)));
        }
        for (Map<String, Object> u : api(instructor)
                .get("/api/learning/units")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<Map<String, Object>>getList("")) {
            unitByActivity.put((String) u.get("activityId"), u);
        }
        pathway = api(instructor)
                .contentType("application/json")
                .body(Map.of("title", "Geology", "steps", List.of(unit(BASE + "pre"), unit(BASE + "content"))))
                .post("/api/pathways")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void theUnitsListShowsEachAusMoveOnAndMasteryScore() {
        assertThat(unitByActivity.get(BASE + "pre").get("moveOn")).isEqualTo("Passed");
        assertThat(unitByActivity.get(BASE + "content").get("moveOn")).isEqualTo("CompletedOrPassed");
        Map<String, Object> mastery = unitByActivity.get(
                "https://w3id.org/xapi/cmi5/catapult/lts/course/geology-intro-single-au-mastery-score-framed/1");
        assertThat(((Number) mastery.get("masteryScore")).doubleValue())
                .as("JsonPath reads JSON numbers as floats")
                .isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aPreTestWhoseMoveOnIsPassedIsNotDoneWhenOnlyCompleted() throws Exception {
        String learner = "it-cmi5-moveon-" + UUID.randomUUID();
        String session = sessionIn(learner, "learner");
        assertThat(next(session).getString("next.title")).isEqualTo("Pre-test");

        Instant t = Instant.now().minus(5, ChronoUnit.MINUTES);
        postStatements(List.of(statement(learner, "completed", BASE + "pre", Map.of("completion", true), t)));
        JsonPath completed = awaitNext(session, p -> "MOVE_ON_NOT_MET".equals(p.getString("next.reason")));
        assertThat(completed.getString("next.title")).isEqualTo("Pre-test");
        assertThat(completed.getString("next.launchUrl")).isEqualTo("/play/" + unit(BASE + "pre"));

        postStatements(List.of(statement(learner, "passed", BASE + "pre", Map.of("success", true), t.plusSeconds(30))));
        JsonPath passed = awaitNext(session, p -> "Content".equals(p.getString("next.title")));
        assertThat(passed.getList("done.title")).containsExactly("Pre-test");
    }

    // --- helpers

    static String unit(String activityId) {
        return (String) unitByActivity.get(activityId).get("unitId");
    }

    static JsonPath awaitNext(String session, Predicate<JsonPath> done) throws InterruptedException {
        JsonPath p = next(session);
        for (int i = 0; i < 80 && !done.test(p); i++) {
            Thread.sleep(500);
            p = next(session);
        }
        assertThat(done.test(p)).as("plan changed: " + p.prettify()).isTrue();
        return p;
    }

    static JsonPath next(String session) {
        return api(session)
                .get("/api/pathways/" + pathway + "/next")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static Map<String, Object> statement(
            String learner, String verb, String activity, Map<String, Object> result, Instant at) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", UUID.randomUUID().toString());
        s.put("actor", Map.of("objectType", "Agent", "account", Map.of("homePage", publicUrl(), "name", learner)));
        s.put("verb", Map.of("id", "http://adlnet.gov/expapi/verbs/" + verb));
        s.put("object", Map.of("objectType", "Activity", "id", activity));
        s.put("result", result);
        s.put("timestamp", at.toString());
        return s;
    }

    static void postStatements(List<Map<String, Object>> statements) {
        given().baseUri(server.baseUrl())
                .auth()
                .preemptive()
                .basic(server.demoXapiKey(), server.demoXapiSecret())
                .header("X-Experience-API-Version", "1.0.3")
                .contentType("application/json")
                .body(statements)
                .post("/xapi/statements")
                .then()
                .statusCode(200);
    }

    static String publicUrl() {
        return server.baseUrl().replace("127.0.0.1", "localhost");
    }

    static RequestSpecification api(String session) {
        return given().baseUri(server.baseUrl()).header("X-Pathwise-Session", session);
    }

    static String sessionIn(String learnerId, String role) {
        return given().baseUri(server.baseUrl())
                .contentType("application/json")
                .body(Map.of(
                        "learnerId",
                        learnerId,
                        "name",
                        "Test " + learnerId,
                        "roles",
                        List.of(role),
                        "contextId",
                        course))
                .post("/api/dev/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
