package org.pathwise.player;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.pathwise.player.PlayerFixtures.golf;
import static org.pathwise.player.PlayerFixtures.playerConfig;
import static org.pathwise.player.PlayerFixtures.session;
import static org.pathwise.player.PlayerFixtures.upload;
import static org.pathwise.player.PlayerFixtures.zip;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/** The Golf "forced sequential" SCORM 2004 package through the player's sequencing, over HTTP. */
class SequencingIT {

    static PathwiseServer server;
    static String packageId;
    static List<String> units;

    @BeforeAll
    static void start() {
        server = TestServer.get();
        String instructor = session(server, "seq-instructor", "instructor");
        JsonPath pkg = upload(server, instructor, zip(golf("SequencingForcedSequential_SCORM20043rdEdition")));
        packageId = pkg.getString("id");
        units = pkg.getList("units.id");
    }

    @Test
    void forcedSequentialPackageIsDeliveredInOrderAndRollsUpToTheCourse() {
        String learner = session(server, "seq-learner", "learner");

        JsonPath playing = launch(learner, units.get(0));
        assertThat(playing.getList("toc.title")).hasSize(5);
        assertThat(playing.getString("toc[1].url")).as("Etiquette is disabled").isNull();
        assertThat(playing.getString("nextUrl"))
                .as("continue is blocked until Playing is satisfied")
                .isNull();
        assertThat(playing.getString("previousUrl")).isNull();
        assertThat(playing.getMap("seed", String.class, String.class))
                .containsEntry("adl.nav.request_valid.continue", "false")
                .containsEntry("adl.nav.request_valid.previous", "false");

        given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", learner)
                .get("/play/" + units.get(2))
                .then()
                .statusCode(409);

        for (int i = 0; i < 5; i++) {
            JsonPath config = i == 0 ? playing : launch(learner, units.get(i));
            assertThat(config.getBoolean("toc[" + i + "].current")).isTrue();
            commit(
                    config,
                    Map.of(
                            "cmi.completion_status",
                            "completed",
                            "cmi.success_status",
                            "passed",
                            "commitSequence",
                            0,
                            "terminate",
                            true));
            if (i < 4) {
                Response next = navigate(learner, "continue");
                assertThat(next.statusCode()).isEqualTo(303);
                assertThat(next.header("Location")).contains("/play/" + units.get(i + 1));
            }
        }
        JsonPath quiz = launch(learner, units.get(4));
        assertThat(quiz.getString("packageCompletion")).isEqualTo("COMPLETED");
        assertThat(quiz.getString("packageSuccess")).isEqualTo("PASSED");
        assertThat(quiz.getString("toc[0].url"))
                .as("passed activities can be chosen again")
                .isNotNull();

        Response end = navigate(learner, "continue");
        assertThat(end.statusCode()).isEqualTo(200);
        assertThat(end.asString()).contains("The course has ended");
    }

    @Test
    void exitAllFromTheScoEndsTheSequencingSession() {
        String learner = session(server, "seq-exit-all", "learner");
        JsonPath playing = launch(learner, units.get(0));
        commit(
                playing,
                Map.of(
                        "cmi.completion_status", "completed",
                        "cmi.success_status", "passed",
                        "adl.nav.request", "exitAll",
                        "commitSequence", 0,
                        "terminate", true));
        Response refused = navigate(learner, "continue");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("the course has ended");
    }

    @Test
    void unknownNavigationRequestIsA400() {
        String learner = session(server, "seq-bad-nav", "learner");
        assertThat(navigate(learner, "jump").statusCode()).isEqualTo(400);
    }

    private static Response navigate(String learner, String request) {
        return given().baseUri(server.baseUrl())
                .redirects()
                .follow(false)
                .header("X-Pathwise-Session", learner)
                .get("/play-nav/" + packageId + "/" + request);
    }

    private static JsonPath launch(String session, String unitId) {
        String html = given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", session)
                .get("/play/" + unitId)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return playerConfig(html);
    }

    private static void commit(JsonPath config, Map<String, Object> body) {
        given().baseUri(server.baseUrl())
                .contentType("application/json;charset=UTF-8")
                .body(body)
                .post(config.getString("commitUrl"))
                .then()
                .statusCode(200)
                .body("result", equalTo(true));
    }
}
