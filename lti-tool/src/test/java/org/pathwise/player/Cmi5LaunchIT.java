package org.pathwise.player;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.player.PlayerFixtures.playerConfig;
import static org.pathwise.player.PlayerFixtures.session;
import static org.pathwise.player.PlayerFixtures.shared;
import static org.pathwise.player.PlayerFixtures.upload;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/**
 * The cmi5 LMS side against the running tool and LRS, with the CATAPULT sample courses: the launch URL and
 * LMS.LaunchData, the single-use fetch URL and its session-scoped credential, the AU statement rules of the LRS, and
 * the launched, abandoned, satisfied and waived statements the LMS records.
 */
class Cmi5LaunchIT {

    static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";
    static final String ABANDONED = "https://w3id.org/xapi/adl/verbs/abandoned";
    static final String LAUNCHED = "http://adlnet.gov/expapi/verbs/launched";
    static final String WAIVED = "https://w3id.org/xapi/adl/verbs/waived";
    static final String SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";

    static PathwiseServer server;
    static String instructor;
    static JsonPath single;
    static JsonPath mastery;
    static JsonPath prePost;

    @BeforeAll
    static void start() {
        server = TestServer.get();
        instructor = session(server, "cmi5-instructor", "instructor");
        single = upload(server, instructor, sample("single_au_basic_framed.zip"));
        mastery = upload(server, instructor, sample("masteryscore_framed.zip"));
        prePost = upload(server, instructor, sample("pre_post_test_framed.zip"));
    }

    static byte[] sample(String zip) {
        try {
            return Files.readAllBytes(shared("content/cmi5/" + zip));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void launchUrlCarriesTheLmsMadeIdsAndLaunchDataAndLaunchedComeFirst() {
        String learnerId = "cmi5-launch-" + UUID.randomUUID();
        String learner = session(server, learnerId, "learner");
        JsonPath config = launch(learner, single.getString("units[0].id"));
        Cmi5Au au = new Cmi5Au(server, config.getString("launchUrl"));

        String publisherId = "https://w3id.org/xapi/cmi5/catapult/lts/course/geology-intro-single-au-basic/1";
        assertThat(config.getString("launchUrl")).startsWith(publicUrl() + "/content/");
        assertThat(au.params).containsOnlyKeys("endpoint", "fetch", "actor", "registration", "activityId");
        assertThat(au.params.get("endpoint")).isEqualTo(publicUrl() + "/xapi");
        assertThat(au.params.get("activityId"))
                .startsWith(publicUrl() + "/activities/cmi5/")
                .isNotEqualTo(publisherId);
        assertThat(UUID.fromString(au.params.get("registration")).toString()).isEqualTo(au.params.get("registration"));
        JsonPath actor = JsonPath.from(au.params.get("actor"));
        assertThat(actor.getString("objectType")).isEqualTo("Agent");
        assertThat(actor.getString("account.homePage")).isEqualTo(publicUrl());
        assertThat(actor.getString("account.name")).isEqualTo(learnerId);
        assertThat(actor.getMap("$")).doesNotContainKeys("name", "mbox");

        JsonPath launchData = JsonPath.from(lms().queryParams(au.stateParams())
                .get("/activities/state")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(launchData.getString("contextTemplate.extensions.'" + SESSION_ID + "'"))
                .isEqualTo(config.getString("sessionId"));
        assertThat(launchData.getList("contextTemplate.contextActivities.grouping.id"))
                .containsExactly(publisherId);
        assertThat(launchData.getString("launchMode")).isEqualTo("Normal");
        assertThat(launchData.getString("moveOn")).isEqualTo("CompletedOrPassed");
        String returnUrl = launchData.getString("returnURL");
        assertThat(returnUrl)
                .as("launched without the cookie: the returnURL carries a one-time handle, not the session id")
                .startsWith(publicUrl() + "/play/cmi5/return/" + config.getString("sessionId") + "?s=")
                .doesNotContain(learner);
        String returnPath = returnUrl.substring(publicUrl().length());
        assertThat(given().baseUri(server.baseUrl())
                        .accept("text/html")
                        .get(returnPath)
                        .asString())
                .as("the returnURL's handle opens the return page with the learner's session")
                .contains("id=\"pw-cmi5-result\"", "<meta name=\"pw-session\" content=\"" + learner + "\"");
        assertThat(given().baseUri(server.baseUrl())
                        .accept("text/html")
                        .get(returnPath)
                        .asString())
                .as("the returnURL's handle works once: opened again, the page knows no session")
                .contains("id=\"pw-cmi5-returned\"")
                .doesNotContain("id=\"pw-cmi5-result\"", learner);

        JsonPath launched = statements(au.params.get("registration"), LAUNCHED);
        assertThat(launched.getList("statements")).hasSize(1);
        assertThat(launched.getString("statements[0].object.id")).isEqualTo(au.params.get("activityId"));
        assertThat(launched.getString("statements[0].context.extensions.'" + SESSION_ID + "'"))
                .isEqualTo(config.getString("sessionId"));
        assertThat(launched.getString(
                        "statements[0].context.extensions.'https://w3id.org/xapi/cmi5/context/extensions/launchurl'"))
                .isEqualTo(config.getString("launchUrl")
                        .substring(0, config.getString("launchUrl").indexOf('?')));
        assertThat(launched.getList("statements[0].context.contextActivities.category.id"))
                .contains("https://w3id.org/xapi/cmi5/context/categories/cmi5");

        JsonPath preferences = JsonPath.from(lms().queryParam("agent", au.params.get("actor"))
                .queryParam("profileId", "cmi5LearnerPreferences")
                .get("/agents/profile")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(preferences.getString("audioPreference")).isEqualTo("on");
    }

    @Test
    void fetchGivesTheTokenOnceAndTheTokenReachesOnlyItsSession() {
        String learner = session(server, "cmi5-fetch-" + UUID.randomUUID(), "learner");
        JsonPath config = launch(learner, single.getString("units[0].id"));
        Cmi5Au au = new Cmi5Au(server, config.getString("launchUrl"));

        assertThat(given().get(au.fetchUrl()).statusCode()).isEqualTo(405);
        assertThat(given().post(au.fetchUrl().replaceAll("k=[^&]+", "k=wrong"))
                        .jsonPath()
                        .getString("'error-code'"))
                .isEqualTo("2");
        au.start();
        assertThat(au.token).isNotBlank().doesNotContain(":");
        JsonPath second = au.fetch();
        assertThat(second.getString("'error-code'")).isEqualTo("1");
        assertThat(second.getString("'auth-token'")).isNull();

        assertThat(au.xapi()
                        .contentType("application/json")
                        .queryParams(au.stateParams())
                        .body("{}")
                        .put("/activities/state")
                        .statusCode())
                .as("the AU must not change LMS.LaunchData")
                .isEqualTo(403);
        Map<String, String> other = new java.util.LinkedHashMap<>(au.stateParams());
        other.put("activityId", "https://elsewhere.example/activity");
        assertThat(au.xapi().queryParams(other).get("/activities/state").statusCode())
                .isEqualTo(403);
        assertThat(au.xapi()
                        .contentType("application/json")
                        .body("{\"sessionId\":\"x\"}")
                        .post("/cmi5/sessions")
                        .statusCode())
                .as("a session credential cannot open sessions")
                .isEqualTo(403);

        Response early = au.send(au.allowed("experienced", au.params.get("activityId") + "/slide/1"));
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.asString()).contains("9.3.2");
    }

    @Test
    void auStatementRulesAreEnforcedAndTheCourseIsSatisfied() {
        String learner = session(server, "cmi5-rules-" + UUID.randomUUID(), "learner");
        JsonPath config = launch(learner, single.getString("units[0].id"));
        Cmi5Au au = new Cmi5Au(server, config.getString("launchUrl")).start();

        assertThat(au.send(au.defined("initialized")).statusCode()).isEqualTo(200);
        assertThat(au.send(au.allowed("experienced", au.params.get("activityId") + "/slide/1"))
                        .statusCode())
                .isEqualTo(200);
        var noDuration = au.defined("completed");
        noDuration.withObject("/result").remove("duration");
        Response rejected = au.send(noDuration);
        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.asString()).contains("9.5.4.1");
        var voiding = au.allowed("voided", au.params.get("activityId"));
        voiding.putObject("object")
                .put("objectType", "StatementRef")
                .put("id", UUID.randomUUID().toString());
        assertThat(au.send(voiding).asString()).contains("6.3");
        assertThat(au.send(au.defined("completed")).statusCode()).isEqualTo(200);
        Response twice = au.send(au.defined("completed"));
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.asString()).contains("9.3");
        assertThat(au.send(au.defined("terminated")).statusCode()).isEqualTo(200);
        Response after = au.send(au.allowed("experienced", au.params.get("activityId") + "/slide/2"));
        assertThat(after.statusCode()).isEqualTo(400);
        assertThat(after.asString()).contains("9.3.8");

        JsonPath status = tool(learner)
                .get("/api/cmi5/sessions/" + config.getString("sessionId"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(status.getBoolean("aus[0].completed")).isTrue();
        assertThat(status.getBoolean("aus[0].moveOnMet")).isTrue();
        assertThat(status.getBoolean("courseSatisfied")).isTrue();
        assertThat(status.getString("sessions[0].outcome")).isEqualTo("TERMINATED");

        JsonPath satisfied = awaitStatements(au.params.get("registration"), SATISFIED, n -> n >= 1);
        assertThat(satisfied.getList("statements")).hasSize(1);
        assertThat(satisfied.getString("statements[0].object.id"))
                .isEqualTo(au.params.get("activityId").replaceAll("/au/0$", "/course"));
        assertThat(satisfied.getString("statements[0].object.definition.type"))
                .isEqualTo("https://w3id.org/xapi/cmi5/activitytype/course");
        assertThat(satisfied.getList("statements[0].context.contextActivities.grouping.id"))
                .containsExactly("https://w3id.org/xapi/cmi5/catapult/lts/course/geology-intro-single-au-basic");
        assertThat(satisfied.getString("statements[0].context.extensions.'" + SESSION_ID + "'"))
                .isEqualTo(config.getString("sessionId"));
    }

    @Test
    void relaunchAbandonsAnUnterminatedSessionAndItsCredentialStops() {
        String learner = session(server, "cmi5-abandon-" + UUID.randomUUID(), "learner");
        String unit = single.getString("units[0].id");
        JsonPath first = launch(learner, unit);
        Cmi5Au au = new Cmi5Au(server, first.getString("launchUrl")).start();
        assertThat(au.send(au.defined("initialized")).statusCode()).isEqualTo(200);

        JsonPath second = launch(learner, unit);
        Cmi5Au again = new Cmi5Au(server, second.getString("launchUrl"));
        assertThat(again.params.get("registration")).isEqualTo(au.params.get("registration"));
        assertThat(again.params.get("activityId")).isEqualTo(au.params.get("activityId"));
        assertThat(second.getString("sessionId")).isNotEqualTo(first.getString("sessionId"));

        assertThat(au.send(au.allowed("experienced", au.params.get("activityId") + "/slide/3"))
                        .statusCode())
                .as("nothing is accepted for an abandoned session")
                .isEqualTo(403);
        JsonPath abandoned = awaitStatements(au.params.get("registration"), ABANDONED, n -> n >= 1);
        assertThat(abandoned.getList("statements")).hasSize(1);
        assertThat(abandoned.getString("statements[0].context.extensions.'" + SESSION_ID + "'"))
                .isEqualTo(first.getString("sessionId"));
        assertThat(abandoned.getString("statements[0].result.duration")).startsWith("PT");
    }

    @Test
    void ownWindowAuIsRedirectedAndJudgedAgainstItsMasteryScore() {
        String learner = session(server, "cmi5-mastery-" + UUID.randomUUID(), "learner");
        Response page = given().baseUri(server.baseUrl())
                .redirects()
                .follow(false)
                .header("X-Pathwise-Session", learner)
                .get("/play/" + mastery.getString("units[0].id"));
        assertThat(page.statusCode()).isEqualTo(303);
        Cmi5Au au = new Cmi5Au(server, page.getHeader("Location")).start();
        JsonPath launched = statements(au.params.get("registration"), LAUNCHED);
        assertThat(
                        launched.getDouble(
                                "statements[0].context.extensions.'https://w3id.org/xapi/cmi5/context/extensions/masteryscore'"))
                .isEqualTo(0.3);
        assertThat(au.send(au.defined("initialized")).statusCode()).isEqualTo(200);
        var lowPass = au.defined("passed");
        lowPass.withObject("/result").putObject("score").put("scaled", 0.2);
        Response rejected = au.send(lowPass);
        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.asString()).contains("9.3.4").contains("masteryScore");
        var failed = au.defined("failed");
        failed.withObject("/result").putObject("score").put("scaled", 0.2);
        assertThat(au.send(failed).statusCode()).isEqualTo(200);
    }

    @Test
    void waivingTheAusOfABlockSatisfiesItOnce() {
        String learnerId = "cmi5-waive-" + UUID.randomUUID();
        String learner = session(server, learnerId, "learner");
        JsonPath config = launch(learner, prePost.getString("units[0].id"));
        String registration = config.getString("registration");
        for (int i = 0; i < 3; i++) {
            tool(instructor)
                    .contentType("application/json")
                    .body(Map.of("unitId", prePost.getString("units[" + i + "].id"), "reason", "Tested Out"))
                    .post("/api/cmi5/registrations/" + registration + "/waive")
                    .then()
                    .statusCode(200);
        }
        tool(instructor)
                .contentType("application/json")
                .body(Map.of("unitId", prePost.getString("units[0].id"), "reason", "Tested Out"))
                .post("/api/cmi5/registrations/" + registration + "/waive")
                .then()
                .statusCode(409);
        assertThat(tool(learner)
                        .contentType("application/json")
                        .body(Map.of("unitId", prePost.getString("units[3].id"), "reason", "Tested Out"))
                        .post("/api/cmi5/registrations/" + registration + "/waive")
                        .statusCode())
                .isEqualTo(403);

        JsonPath view = tool(learner)
                .get("/api/cmi5/registrations/" + registration)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(view.getList("satisfied"))
                .containsExactly("https://w3id.org/xapi/cmi5/catapult/lts/course/geology-intro-preposttest/block1");
        assertThat(view.getBoolean("courseSatisfied")).isFalse();

        JsonPath waived = awaitStatements(registration, WAIVED, n -> n >= 3);
        assertThat(waived.getList("statements.result.extensions.'https://w3id.org/xapi/cmi5/result/extensions/reason'"))
                .containsOnly("Tested Out");
        List<String> sessions = waived.getList("statements.context.extensions.'" + SESSION_ID + "'");
        assertThat(sessions).doesNotHaveDuplicates().doesNotContain(config.getString("sessionId"));
        JsonPath satisfied = awaitStatements(registration, SATISFIED, n -> n >= 1);
        assertThat(satisfied.getList("statements")).hasSize(1);
        assertThat(satisfied.getString("statements[0].object.definition.type"))
                .isEqualTo("https://w3id.org/xapi/cmi5/activitytype/block");
    }

    static JsonPath launch(String session, String unitId) {
        String html = given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", session)
                .get("/play/" + unitId)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return playerConfig(html);
    }

    /** The tool's pathwise.public-url (the test server sets localhost; its base URL uses 127.0.0.1). */
    static String publicUrl() {
        return server.baseUrl().replace("127.0.0.1", "localhost");
    }

    static RequestSpecification tool(String session) {
        return given().baseUri(server.baseUrl()).header("X-Pathwise-Session", session);
    }

    static RequestSpecification lms() {
        return given().baseUri(server.baseUrl())
                .basePath("/xapi")
                .auth()
                .preemptive()
                .basic(server.demoXapiKey(), server.demoXapiSecret())
                .header("X-Experience-API-Version", "1.0.3");
    }

    static JsonPath statements(String registration, String verb) {
        return lms().queryParam("registration", registration)
                .queryParam("verb", verb)
                .get("/statements")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** LMS statements sent through the outbox arrive within a few seconds. */
    static JsonPath awaitStatements(String registration, String verb, Predicate<Integer> enough) {
        JsonPath found = statements(registration, verb);
        for (int i = 0; i < 60 && !enough.test(found.getList("statements").size()); i++) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            found = statements(registration, verb);
        }
        return found;
    }
}
