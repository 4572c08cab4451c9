package org.pathwise.lti.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.player.PlayerFixtures.golf;
import static org.pathwise.player.PlayerFixtures.upload;
import static org.pathwise.player.PlayerFixtures.zip;

import io.restassured.response.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/**
 * A pathway in an LMS course: offered in the Deep Linking picker, a launch of its link lands on its page, and the
 * learner's mastery (the instructor's grade choice) reaches the platform's gradebook through AGS once answers reach
 * the LRS.
 */
class PathwayLtiIT {

    static PathwiseServer server;
    static PlatformEmulator platform;
    static LtiBrowser browser;
    static String instructor;
    static String pathwayId;
    static Map<String, String> units = new LinkedHashMap<>();
    static Map<String, String> activities = new LinkedHashMap<>();

    @BeforeAll
    static void courseWithAGradedPathway() throws Exception {
        server = TestServer.get();
        platform = PlatformEmulator.registeredWith(server);
        browser = new LtiBrowser(server, platform);
        instructor = launch("teacher-1", List.of(LtiBrowser.MEMBERSHIP + "Instructor"), Map.of());
        String packageId = upload(server, instructor, zip(golf("ContentPackagingOneFilePerSCO_SCORM12")))
                .getString("id");
        for (Map<String, Object> u :
                api(instructor).get("/api/learning/units").jsonPath().<Map<String, Object>>getList("")) {
            if (packageId.equals(u.get("packageId"))) {
                units.put((String) u.get("title"), (String) u.get("unitId"));
                activities.put((String) u.get("title"), (String) u.get("activityId"));
            }
        }
        api(instructor)
                .contentType("text/csv")
                .body("id,name,parent_id\nplaying,Playing the game,\n")
                .put("/api/learning/framework")
                .then()
                .statusCode(200);
        for (String t : List.of("How to Play", "Playing Golf Quiz")) {
            api(instructor)
                    .contentType("application/json")
                    .body(Map.of(
                            "kind", t.contains("Quiz") ? "ASSESSMENT" : "LESSON", "competencies", List.of("playing")))
                    .put("/api/learning/modules/" + units.get(t))
                    .then()
                    .statusCode(200);
        }
        pathwayId = api(instructor)
                .contentType("application/json")
                .body(Map.of(
                        "title", "Golf graded by mastery",
                        "role", "new-hire",
                        "steps", List.of(units.get("How to Play"), units.get("Playing Golf Quiz")),
                        "gradeMode", "mastery"))
                .post("/api/pathways")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void thePickerOffersTheCoursesPathways() {
        LtiBrowser.Login login = browser.login();
        Map<String, Object> claims = browser.deepLinking(login.nonce());
        claims.put("sub", "teacher-1");
        String session = LaunchIT.sessionOf(browser.launch(login, platform.sign(claims)));
        String picker = given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", session)
                .get("/lti/deep-link")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(picker).contains("Golf graded by mastery", "value=\"pathway:" + pathwayId + "\"");
    }

    @Test
    void aLaunchOfThePathwayLinkLandsOnItsPageAndMasteryReachesTheGradebook() throws Exception {
        Map<String, String> custom = Map.of("pathway", pathwayId);
        LtiBrowser.Login login = browser.login();
        Map<String, Object> claims = browser.resourceLink(login.nonce(), List.of(LtiBrowser.MEMBERSHIP + "Learner"));
        claims.put("sub", "student-7");
        claims.put(LtiBrowser.LTI + "custom", custom);
        Response launch = browser.launch(login, platform.sign(claims));
        assertThat(launch.header("Location")).contains("/learn?pathway=" + pathwayId);
        String learner = LaunchIT.sessionOf(launch);
        String page = given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", learner)
                .queryParam("pathway", pathwayId)
                .get("/learn")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page).contains("Golf graded by mastery", "Next in your pathway: How to Play.");
        String learnerId =
                api(learner).get("/api/pathways/" + pathwayId + "/next").path("learnerId");

        Instant t = Instant.now().minusSeconds(120);
        List<Map<String, Object>> answers =
                List.of(answer(learnerId, "q1", t), answer(learnerId, "q2", t.plusSeconds(5)));
        given().baseUri(server.baseUrl())
                .auth()
                .preemptive()
                .basic(server.demoXapiKey(), server.demoXapiSecret())
                .header("X-Experience-API-Version", "1.0.3")
                .contentType("application/json")
                .body(answers)
                .post("/xapi/statements")
                .then()
                .statusCode(200);

        long deadline = System.currentTimeMillis() + 60_000;
        while (accepted().isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        List<PlatformEmulator.Received> scores = accepted();
        assertThat(scores).isNotEmpty();
        PlatformEmulator.Received last = scores.get(scores.size() - 1);
        assertThat(last.path()).startsWith("/lineitems/7/lineitem/scores");
        assertThat(last.body().path("scoreMaximum").asDouble()).isEqualTo(100.0);
        // two right answers from the standard BKT start (0.5) give a mastery of about 0.96
        assertThat(last.body().path("scoreGiven").asDouble()).isBetween(95.0, 97.0);
        assertThat(last.body().path("activityProgress").asText()).isEqualTo("InProgress");
    }

    static List<PlatformEmulator.Received> accepted() {
        return platform.scores.stream()
                .filter(s -> s.answeredStatus() == 200)
                .filter(s -> "student-7".equals(s.body().path("userId").asText()))
                .filter(s -> s.body().path("scoreGiven").asDouble() > 95)
                .toList();
    }

    static Map<String, Object> answer(String learnerId, String item, Instant at) {
        return Map.of(
                "id", UUID.randomUUID().toString(),
                "actor",
                        Map.of(
                                "objectType",
                                "Agent",
                                "account",
                                Map.of("homePage", browser.publicUrl(), "name", learnerId)),
                "verb", Map.of("id", "http://adlnet.gov/expapi/verbs/answered"),
                "object",
                        Map.of(
                                "objectType",
                                "Activity",
                                "id",
                                activities.get("Playing Golf Quiz") + "/interactions/" + item),
                "result", Map.of("success", true),
                "timestamp", at.toString());
    }

    static String launch(String sub, List<String> roles, Map<String, String> custom) {
        LtiBrowser.Login login = browser.login();
        Map<String, Object> claims = browser.resourceLink(login.nonce(), roles);
        claims.put("sub", sub);
        if (!custom.isEmpty()) {
            claims.put(LtiBrowser.LTI + "custom", custom);
        }
        return LaunchIT.sessionOf(browser.launch(login, platform.sign(claims)));
    }

    static io.restassured.specification.RequestSpecification api(String session) {
        return given().baseUri(server.baseUrl()).header("X-Pathwise-Session", session);
    }
}
