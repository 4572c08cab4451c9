package org.pathwise.player;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.pathwise.player.PlayerFixtures.golf;
import static org.pathwise.player.PlayerFixtures.playerConfig;
import static org.pathwise.player.PlayerFixtures.session;
import static org.pathwise.player.PlayerFixtures.testPackage;
import static org.pathwise.player.PlayerFixtures.upload;
import static org.pathwise.player.PlayerFixtures.zip;

import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/** Launch, commit and resume over HTTP, as the player page's scorm-again does it. */
class PlayerRuntimeIT {

    static PathwiseServer server;
    static String instructor;
    static String masteryUnit;
    static String advancedUnit;
    static JsonPath multiSco;

    @BeforeAll
    static void start() {
        server = TestServer.get();
        instructor = session(server, "runtime-instructor", "instructor");
        masteryUnit =
                upload(server, instructor, zip(testPackage("mastery-scorm12"))).getString("units[0].id");
        advancedUnit = upload(server, instructor, zip(golf("RunTimeAdvancedCalls_SCORM20043rdEdition")))
                .getString("units[0].id");
        multiSco = upload(server, instructor, zip(golf("ContentPackagingOneFilePerSCO_SCORM12")));
    }

    @Test
    void firstLaunchSeedsLearnerEntryMasteryScoreAndLaunchData() {
        String learner = session(server, "seed-learner", "learner");
        JsonPath config = launch(learner, masteryUnit);
        assertThat(config.getString("standard")).isEqualTo("SCORM_12");
        assertThat(config.getString("entry")).isEqualTo("ab-initio");
        Map<String, String> seed = config.getMap("seed");
        assertThat(seed)
                .containsEntry("cmi.core.student_id", "seed-learner")
                .containsEntry("cmi.core.student_name", "Test seed-learner")
                .containsEntry("cmi.core.entry", "ab-initio")
                .containsEntry("cmi.core.credit", "credit")
                .containsEntry("cmi.student_data.mastery_score", "80")
                .containsEntry("cmi.launch_data", "level=2")
                .containsEntry("cmi.core.total_time", "0000:00:00.00");
        assertThat(config.getString("contentUrl")).endsWith("/index.html");
    }

    @Test
    void suspendedAttemptResumesWithItsLocationSuspendDataAndTime() {
        String learner = session(server, "resume-learner", "learner");
        JsonPath first = launch(learner, masteryUnit);
        initialize(first);
        Map<String, Object> commit = new LinkedHashMap<>();
        commit.put("cmi.core.lesson_location", "page-3");
        commit.put("cmi.suspend_data", "answers=1,2");
        commit.put("cmi.core.lesson_status", "incomplete");
        commit.put("cmi.core.exit", "suspend");
        commit.put("cmi.core.session_time", "0000:01:30.00");
        commit.put("commitSequence", 0);
        commit.put("terminate", true);
        beacon(first, commit);

        JsonPath attempt = attempts(learner, masteryUnit);
        assertThat(attempt.getString("[0].location")).isEqualTo("page-3");
        assertThat(attempt.getString("[0].lastExit")).isEqualTo("suspend");
        assertThat(attempt.getString("[0].endedAt")).isNull();

        JsonPath second = launch(learner, masteryUnit);
        assertThat(second.getString("attemptId")).isEqualTo(first.getString("attemptId"));
        assertThat(second.getString("entry")).isEqualTo("resume");
        assertThat(second.getMap("seed", String.class, String.class))
                .containsEntry("cmi.core.lesson_location", "page-3")
                .containsEntry("cmi.suspend_data", "answers=1,2")
                .containsEntry("cmi.core.lesson_status", "incomplete")
                .containsEntry("cmi.core.total_time", "0000:01:30.00");
    }

    @Test
    void masteryScoreDecidesPassedOrFailedOverTheScosStatus() {
        String learner = session(server, "mastery-learner", "learner");
        JsonPath launch = launch(learner, masteryUnit);
        initialize(launch);
        xhr(launch, Map.of("cmi.core.lesson_status", "passed", "cmi.core.score.raw", "70", "commitSequence", 0));
        JsonPath attempt = attempts(learner, masteryUnit);
        assertThat(attempt.getString("[0].success")).isEqualTo("FAILED");
        assertThat(attempt.getString("[0].cmi.'cmi.core.lesson_status'")).isEqualTo("failed");
        assertThat(attempt.getDouble("[0].scoreScaled")).isEqualTo(0.7);

        xhr(launch, Map.of("cmi.core.lesson_status", "failed", "cmi.core.score.raw", "85", "commitSequence", 1));
        assertThat(attempts(learner, masteryUnit).getString("[0].success")).isEqualTo("PASSED");
    }

    @Test
    void staleAndRepeatedCommitsAreIgnored() {
        String learner = session(server, "stale-learner", "learner");
        JsonPath launch = launch(learner, masteryUnit);
        xhr(launch, Map.of("cmi.core.lesson_location", "5", "commitSequence", 3));
        xhr(launch, Map.of("cmi.core.lesson_location", "2", "commitSequence", 2));
        assertThat(attempts(learner, masteryUnit).getString("[0].location")).isEqualTo("5");
    }

    @Test
    void commitWithAWrongTokenIsRefused() {
        String learner = session(server, "token-learner", "learner");
        JsonPath launch = launch(learner, masteryUnit);
        String url = launch.getString("commitUrl").replaceAll("t=[^&]+", "t=forged");
        given().baseUri(server.baseUrl())
                .contentType("application/json")
                .body(Map.of("cmi.core.lesson_location", "1"))
                .post(url)
                .then()
                .statusCode(403);
    }

    @Test
    void finishingWithoutSuspendEndsTheAttemptAndTheNextLaunchStartsAnother() {
        String learner = session(server, "ending-learner", "learner");
        JsonPath first = launch(learner, masteryUnit);
        initialize(first);
        beacon(
                first,
                Map.of(
                        "cmi.core.lesson_status",
                        "completed",
                        "cmi.core.exit",
                        "",
                        "commitSequence",
                        0,
                        "terminate",
                        true));
        JsonPath second = launch(learner, masteryUnit);
        assertThat(second.getString("attemptId")).isNotEqualTo(first.getString("attemptId"));
        assertThat(second.getString("entry")).isEqualTo("ab-initio");
        assertThat(attempts(learner, masteryUnit).getInt("[1].number")).isEqualTo(1);
    }

    @Test
    void commitsBecomeProfileStatementsWithTheAttemptAsRegistration() throws InterruptedException {
        String learner = session(server, "statements-learner", "learner");
        JsonPath launch = launch(learner, masteryUnit);
        initialize(launch);
        beacon(
                launch,
                Map.of(
                        "cmi.core.score.raw",
                        "90",
                        "cmi.core.exit",
                        "suspend",
                        "cmi.core.session_time",
                        "0000:00:42.00",
                        "cmi.comments",
                        "Clear and short.",
                        "cmi.objectives.0.id",
                        "obj-1",
                        "cmi.objectives.0.status",
                        "passed",
                        "commitSequence",
                        0,
                        "terminate",
                        true));
        JsonPath statements = given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", learner)
                .get("/api/runtime/" + launch.getString("attemptId") + "/statements")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> verbs = statements.getList("body").stream()
                .map(b -> JsonPath.from((String) b).getString("verb.id"))
                .toList();
        assertThat(verbs)
                .containsExactly(
                        "http://adlnet.gov/expapi/verbs/initialized",
                        "http://adlnet.gov/expapi/verbs/commented",
                        "http://adlnet.gov/expapi/verbs/completed",
                        "http://adlnet.gov/expapi/verbs/passed",
                        "http://adlnet.gov/expapi/verbs/scored",
                        "http://adlnet.gov/expapi/verbs/completed",
                        "http://adlnet.gov/expapi/verbs/passed",
                        "http://adlnet.gov/expapi/verbs/suspended");
        JsonPath suspended = JsonPath.from(statements.getString("body[7]"));
        assertThat(suspended.getString("context.registration")).isEqualTo(launch.getString("attemptId"));
        assertThat(suspended.getString("result.duration")).isEqualTo("PT42.00S");
        String sco = suspended.getString("object.id");
        JsonPath commented = JsonPath.from(statements.getString("body[1]"));
        assertThat(commented.getString("object.id")).isEqualTo(sco);
        assertThat(commented.getString("result.response")).isEqualTo("Clear and short.");
        JsonPath objectivePassed = JsonPath.from(statements.getString("body[3]"));
        assertThat(objectivePassed.getString("object.id")).isEqualTo(sco + "/objectives/obj-1");
        assertThat(objectivePassed.getString("context.contextActivities.parent[0].id"))
                .isEqualTo(sco);

        List<Boolean> delivered = statements.getList("delivered", Boolean.class);
        for (int i = 0; i < 60 && delivered.contains(false); i++) {
            Thread.sleep(500);
            delivered = given().baseUri(server.baseUrl())
                    .header("X-Pathwise-Session", learner)
                    .get("/api/runtime/" + launch.getString("attemptId") + "/statements")
                    .then()
                    .extract()
                    .jsonPath()
                    .getList("delivered", Boolean.class);
        }
        assertThat(delivered).as("the LRS accepted every statement").hasSize(8).containsOnly(true);
    }

    @Test
    void committedAttemptWritesTheProfilesAttemptAndActivityStateToTheLrs() throws InterruptedException {
        String learner = session(server, "state-learner", "learner");
        JsonPath launch = launch(learner, masteryUnit);
        initialize(launch);
        beacon(
                launch,
                Map.of(
                        "cmi.core.lesson_location",
                        "page-3",
                        "cmi.suspend_data",
                        "visited=1,2,3",
                        "cmi.core.session_time",
                        "0000:01:00.00",
                        "commitSequence",
                        0,
                        "terminate",
                        false));
        JsonPath initialized = JsonPath.from(given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", learner)
                .get("/api/runtime/" + launch.getString("attemptId") + "/statements")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("body[0]"));
        String agent = new com.fasterxml.jackson.databind.ObjectMapper()
                .valueToTree(initialized.getMap("actor"))
                .toString();
        String sco = initialized.getString("object.id");
        String attemptIri = initialized.getString("context.contextActivities.grouping[1].id");
        assertThat(attemptIri).isEqualTo(sco + "?attemptId=" + launch.getString("attemptId"));

        JsonPath attemptState = lrsState(attemptIri, agent, "https://w3id.org/xapi/scorm/attempt-state");
        assertThat(attemptState.getString("location")).isEqualTo("page-3");
        assertThat(attemptState.getString("suspend_data")).isEqualTo("visited=1,2,3");
        assertThat(attemptState.getString("credit")).isEqualTo("credit");
        assertThat(attemptState.getString("mode")).isEqualTo("normal");
        assertThat(attemptState.getString("total_time")).isEqualTo("PT60.00S");
        JsonPath activityState = lrsState(sco, agent, "https://w3id.org/xapi/scorm/activity-state");
        assertThat(activityState.getList("attempts", String.class)).containsExactly(attemptIri);

        beacon(
                launch,
                Map.of(
                        "cmi.core.lesson_location",
                        "page-4",
                        "cmi.suspend_data",
                        "visited=1,2,3,4",
                        "commitSequence",
                        1,
                        "terminate",
                        false));
        JsonPath updated = attemptState;
        for (int i = 0; i < 60 && !"page-4".equals(updated.getString("location")); i++) {
            Thread.sleep(500);
            updated = lrsState(attemptIri, agent, "https://w3id.org/xapi/scorm/attempt-state");
        }
        assertThat(updated.getString("location"))
                .as("the next commit replaces the document")
                .isEqualTo("page-4");
        assertThat(updated.getString("suspend_data")).isEqualTo("visited=1,2,3,4");
    }

    /** The State document once the tool has delivered it (polls up to 30 s). */
    private static JsonPath lrsState(String activityId, String agent, String stateId) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            io.restassured.response.Response r = given().baseUri(server.baseUrl())
                    .auth()
                    .preemptive()
                    .basic(server.demoXapiKey(), server.demoXapiSecret())
                    .header("X-Experience-API-Version", "1.0.3")
                    .queryParam("activityId", activityId)
                    .queryParam("agent", agent)
                    .queryParam("stateId", stateId)
                    .get("/xapi/activities/state");
            if (r.statusCode() == 200) {
                return JsonPath.from(r.asString());
            }
            assertThat(r.statusCode()).as("GET state " + stateId).isEqualTo(404);
            Thread.sleep(500);
        }
        throw new AssertionError("the LRS never received " + stateId + " of " + activityId);
    }

    @Test
    void queuedStatementsReachTheLrsOnceItAcceptsStatements() throws InterruptedException {
        int probe = given().baseUri(server.baseUrl())
                .auth()
                .preemptive()
                .basic(server.demoXapiKey(), server.demoXapiSecret())
                .header("X-Experience-API-Version", "1.0.3")
                .get("/xapi/statements?limit=1")
                .statusCode();
        assertThat(probe)
                .as("the LRS statement resource answers the demo credential")
                .isEqualTo(200);
        String learner = session(server, "lrs-learner", "learner");
        JsonPath launch = launch(learner, masteryUnit);
        initialize(launch);
        String registration = launch.getString("attemptId");
        List<Boolean> delivered = List.of();
        for (int i = 0; i < 60 && !(delivered.size() == 1 && delivered.get(0)); i++) {
            Thread.sleep(500);
            delivered = given().baseUri(server.baseUrl())
                    .header("X-Pathwise-Session", learner)
                    .get("/api/runtime/" + registration + "/statements")
                    .then()
                    .extract()
                    .jsonPath()
                    .getList("delivered", Boolean.class);
        }
        assertThat(delivered).containsExactly(true);
        given().baseUri(server.baseUrl())
                .auth()
                .preemptive()
                .basic(server.demoXapiKey(), server.demoXapiSecret())
                .header("X-Experience-API-Version", "1.0.3")
                .queryParam("registration", registration)
                .get("/xapi/statements")
                .then()
                .statusCode(200)
                .body(
                        "statements.verb.id",
                        org.hamcrest.Matchers.hasItem("http://adlnet.gov/expapi/verbs/initialized"));
    }

    @Test
    void scorm2004LaunchSeedsPassingScoreAndObjectivesFromTheManifest() {
        String learner = session(server, "advanced-learner", "learner");
        JsonPath config = launch(learner, advancedUnit);
        assertThat(config.getString("standard")).isEqualTo("SCORM_2004");
        assertThat(config.getMap("seed", String.class, String.class))
                .containsEntry("cmi.learner_id", "advanced-learner")
                .containsEntry("cmi.entry", "ab-initio")
                .containsEntry("cmi.scaled_passing_score", "0.8")
                .containsEntry("cmi.objectives.0.id", "PRIMARYOBJ")
                .containsEntry("cmi.objectives.1.id", "obj_etiquette");
        xhr(config, Map.of("cmi.score.scaled", "0.75", "cmi.success_status", "passed", "commitSequence", 0));
        assertThat(attempts(learner, advancedUnit).getString("[0].success")).isEqualTo("FAILED");
    }

    @Test
    void multiScoPackageOffersTableOfContentsAndNextPrevious() {
        String learner = session(server, "toc-learner", "learner");
        List<String> units = multiSco.getList("units.id");
        JsonPath second = launch(learner, units.get(1));
        assertThat(second.getList("toc.title")).hasSize(18).startsWith("How to Play", "Par");
        assertThat(second.getString("previousUrl")).startsWith("/play/" + units.get(0));
        assertThat(second.getString("nextUrl")).startsWith("/play/" + units.get(2));
        assertThat(second.getBoolean("toc[1].current")).isTrue();
    }

    @Test
    void playerPageNeedsASession() {
        given().baseUri(server.baseUrl()).get("/play/" + masteryUnit).then().statusCode(401);
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

    private static void initialize(JsonPath config) {
        given().baseUri(server.baseUrl())
                .contentType("text/plain")
                .post(config.getString("initializeUrl"))
                .then()
                .statusCode(200)
                .body("result", equalTo(true));
    }

    /** As scorm-again's synchronous XHR commit. */
    private static void xhr(JsonPath config, Map<String, Object> body) {
        given().baseUri(server.baseUrl())
                .contentType("application/json;charset=UTF-8")
                .body(body)
                .post(config.getString("commitUrl"))
                .then()
                .statusCode(200)
                .body("result", equalTo(true));
    }

    /** As the page-close beacon: text/plain, no custom header. */
    private static void beacon(JsonPath config, Map<String, Object> body) {
        given().baseUri(server.baseUrl())
                .contentType("text/plain;charset=UTF-8")
                .body(toJson(body))
                .post(config.getString("commitUrl"))
                .then()
                .statusCode(200)
                .body("result", equalTo(true));
    }

    private static String toJson(Map<String, Object> body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath attempts(String session, String unitId) {
        return given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", session)
                .get("/api/runtime/units/" + unitId + "/attempts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
