package org.pathwise.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.player.PlayerFixtures.shared;
import static org.pathwise.player.PlayerFixtures.upload;

import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
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
 * An imported cmi5 course's moveOn and masteryScore reach the content model without tagging: the CATAPULT pre/post
 * test course's pre-test (moveOn Passed) stays the next step after it is only completed, and is done once passed.
 */
class Cmi5MoveOnIT {

    static final String BASE = "https://w3id.org/xapi/cmi5/catapult/lts/course/geology-intro-preposttest/block1/";

    static PathwiseServer server;
    static PathwayTestClient client;
    static String course;
    static String instructor;
    static Map<String, Map<String, Object>> unitByActivity = new LinkedHashMap<>();
    static String pathway;

    @BeforeAll
    static void pathwayOverACmi5Course() throws Exception {
        server = TestServer.get();
        course = "it-cmi5-moveon-" + UUID.randomUUID();
        client = new PathwayTestClient(server, course);
        instructor = client.session("it-cmi5-instructor", "instructor");
        for (String zip : List.of("pre_post_test_framed.zip", "masteryscore_framed.zip")) {
            upload(server, instructor, Files.readAllBytes(shared("content/cmi5/" + zip)));
        }
        for (Map<String, Object> u : client.units(instructor)) {
            unitByActivity.put((String) u.get("activityId"), u);
        }
        pathway = client.api(instructor)
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
        String session = client.session(learner, "learner");
        assertThat(client.next(session, pathway).getString("next.title")).isEqualTo("Pre-test");

        Instant t = Instant.now().minus(5, ChronoUnit.MINUTES);
        client.postStatements(
                List.of(client.statement(learner, "completed", BASE + "pre", Map.of("completion", true), t)));
        JsonPath completed =
                client.awaitNext(session, pathway, p -> "MOVE_ON_NOT_MET".equals(p.getString("next.reason")));
        assertThat(completed.getString("next.title")).isEqualTo("Pre-test");
        assertThat(completed.getString("next.launchUrl")).isEqualTo("/play/" + unit(BASE + "pre"));

        client.postStatements(
                List.of(client.statement(learner, "passed", BASE + "pre", Map.of("success", true), t.plusSeconds(30))));
        JsonPath passed = client.awaitNext(session, pathway, p -> "Content".equals(p.getString("next.title")));
        assertThat(passed.getList("done.title")).containsExactly("Pre-test");
    }

    // --- helpers

    static String unit(String activityId) {
        return (String) unitByActivity.get(activityId).get("unitId");
    }
}
