package org.pathwise.pathways;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.pathwise.player.PlayerFixtures.golf;
import static org.pathwise.player.PlayerFixtures.upload;
import static org.pathwise.player.PlayerFixtures.zip;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
 * Personalization end to end: an instructor builds a course's content model and pathway over the API; simulated
 * learners answer through the real LRS ({@code POST /xapi/statements}); the tool consumes the LRS outbox and the
 * sequencer's next module changes, with the reason in plain words.
 */
class PersonalizationIT {

    static final String ANSWERED = "http://adlnet.gov/expapi/verbs/answered";
    static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";

    static PathwiseServer server;
    static String course;
    static String instructor;
    static Map<String, String> unitByTitle = new LinkedHashMap<>();
    static Map<String, String> activityByTitle = new LinkedHashMap<>();
    static String pathway;

    @BeforeAll
    static void courseWithAPathway() {
        server = TestServer.get();
        course = "it-course-" + UUID.randomUUID();
        instructor = session("it-instructor", "instructor");
        String packageId = upload(server, instructor, zip(golf("ContentPackagingOneFilePerSCO_SCORM12")))
                .getString("id");
        JsonPath units = api(instructor)
                .get("/api/learning/units")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        for (Map<String, Object> u : units.<Map<String, Object>>getList("")) {
            if (packageId.equals(u.get("packageId"))) {
                unitByTitle.put((String) u.get("title"), (String) u.get("unitId"));
                activityByTitle.put((String) u.get("title"), (String) u.get("activityId"));
            }
        }
        api(instructor)
                .contentType("text/csv")
                .body("id,name,parent_id\ngolf,Golf,\nplaying,Playing the game,golf\nhandicap,Handicapping,golf\n")
                .put("/api/learning/framework?title=Golf")
                .then()
                .statusCode(200);
        tag("How to Play", "LESSON", "playing");
        tag("Playing Golf Quiz", "ASSESSMENT", "playing");
        tag("Handicapping Overview", "LESSON", "handicap");
        tag("Handicapping Quiz", "ASSESSMENT", "handicap");
        api(instructor)
                .contentType("application/json")
                .body(Map.of(
                        "dependent", Map.of("type", "competency", "id", "handicap"),
                        "prerequisite", Map.of("type", "competency", "id", "playing")))
                .post("/api/learning/prerequisites")
                .then()
                .statusCode(200);
        pathway = api(instructor)
                .contentType("application/json")
                .body(Map.of(
                        "title", "Golf for new hires",
                        "role", "new-hire",
                        "steps", units("How to Play", "Handicapping Overview", "Handicapping Quiz"),
                        "gradeMode", "mastery"))
                .post("/api/pathways")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void correctAnswersThroughTheLrsSkipTheMasteredLesson() throws Exception {
        String learner = "it-master-" + UUID.randomUUID();
        String session = session(learner, "learner");
        JsonPath before = next(session);
        assertThat(before.getString("next.title")).isEqualTo("How to Play");
        assertThat(before.getString("next.reason")).isEqualTo("NEXT_IN_PATHWAY");
        assertThat(before.getString("next.launchUrl")).isEqualTo("/play/" + unitByTitle.get("How to Play"));

        Instant t = Instant.now().minus(10, ChronoUnit.MINUTES);
        postStatements(List.of(
                answer(learner, "Playing Golf Quiz", "q1", true, t),
                answer(learner, "Playing Golf Quiz", "q2", true, t.plusSeconds(30))));

        JsonPath after = awaitNext(session, p -> "Handicapping Overview".equals(p.getString("next.title")));
        assertThat(after.getString("next.reason")).isEqualTo("NEXT_IN_PATHWAY");
        assertThat(after.getList("skipped.title")).containsExactly("How to Play");
        assertThat(after.getList("skipped.reason")).containsExactly("MASTERED");
        assertThat(after.getList("skipped.sentence"))
                .containsExactly("You can skip How to Play: you have already mastered Playing the game.");
        Map<String, Object> playing = after.getMap("mastery.find { it.competencyId == 'playing' }");
        assertThat((Float) playing.get("mastery")).isGreaterThanOrEqualTo(0.95f);
        assertThat(playing.get("mastered")).isEqualTo(true);
        assertThat(playing.get("evidence")).isEqualTo(2);
    }

    @Test
    void wrongAnswersOnThePrerequisiteBringBackItsLessonWithTheReason() throws Exception {
        String learner = "it-struggle-" + UUID.randomUUID();
        String session = session(learner, "learner");
        Instant t = Instant.now().minus(20, ChronoUnit.MINUTES);
        postStatements(List.of(completed(learner, "How to Play", t)));
        JsonPath moved = awaitNext(session, p -> "Handicapping Overview".equals(p.getString("next.title")));
        assertThat(moved.getList("done.title")).containsExactly("How to Play");

        postStatements(List.of(
                answer(learner, "Playing Golf Quiz", "q1", false, t.plusSeconds(60)),
                answer(learner, "Playing Golf Quiz", "q2", false, t.plusSeconds(90))));

        JsonPath review = awaitNext(session, p -> "How to Play".equals(p.getString("next.title")));
        assertThat(review.getString("next.reason")).isEqualTo("PREREQUISITE_REVIEW_WRONG_ANSWERS");
        assertThat(review.getString("next.sentence"))
                .isEqualTo("Review Playing the game: your last two answers on it were wrong.");
        assertThat(review.getList("remainder.title")).containsExactly("Handicapping Overview", "Handicapping Quiz");
    }

    @Test
    void decisionsAreRecordedInTheLrsAsStatements() throws Exception {
        String learner = "it-decision-" + UUID.randomUUID();
        String session = session(learner, "learner");
        next(session);
        String agent = "{\"account\":{\"homePage\":\"" + publicUrl() + "\",\"name\":\"" + learner + "\"}}";
        List<Map<String, Object>> found = List.of();
        for (int i = 0; i < 60 && found.isEmpty(); i++) {
            Thread.sleep(500);
            found = lrs().queryParam("agent", agent)
                    .queryParam("verb", "https://pathwise.org/xapi/verbs/recommended")
                    .get("/xapi/statements")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("statements");
        }
        assertThat(found).hasSize(1);
        JsonPath s = JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(found.get(0)));
        assertThat(s.getString("object.id")).isEqualTo(activityByTitle.get("How to Play"));
        assertThat(s.getString("result.response")).isEqualTo("Next in your pathway: How to Play.");
        next(session); // the same decision again is not recorded twice
        Thread.sleep(3000);
        assertThat(lrs().queryParam("agent", agent)
                        .queryParam("verb", "https://pathwise.org/xapi/verbs/recommended")
                        .get("/xapi/statements")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("statements"))
                .hasSize(1);
    }

    @Test
    void repeatedFailuresFlagTheLearnerAtRiskForTheInstructor() throws Exception {
        String learner = "it-risk-" + UUID.randomUUID();
        String session = session(learner, "learner");
        next(session);
        Instant t = Instant.now().minus(5, ChronoUnit.MINUTES);
        List<Map<String, Object>> failures = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            failures.add(statement(learner, FAILED, activityByTitle.get("Handicapping Quiz"), null, t.plusSeconds(i)));
        }
        postStatements(failures);
        List<Map<String, Object>> atRisk = List.of();
        for (int i = 0; i < 60; i++) {
            atRisk = api(instructor)
                    .get("/api/pathways/" + pathway + "/at-risk")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("findAll { it.learnerId == '" + learner + "' }");
            if (!atRisk.isEmpty()) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(atRisk).hasSize(1);
        assertThat(atRisk.get(0).toString()).contains("REPEATED_FAILURE", "Failed Handicapping Quiz 3 times.");
    }

    @Test
    void theInstructorsChoiceForOneLearnerWinsAndOtherLearnersDoNotSeeIt() {
        String learner = "it-override-" + UUID.randomUUID();
        String session = session(learner, "learner");
        api(instructor)
                .contentType("application/json")
                .body(Map.of("nextForLearner", Map.of(learner, unitByTitle.get("Handicapping Quiz"))))
                .put("/api/pathways/" + pathway + "/overrides")
                .then()
                .statusCode(200);
        JsonPath next = next(session);
        assertThat(next.getString("next.title")).isEqualTo("Handicapping Quiz");
        assertThat(next.getString("next.reason")).isEqualTo("LEARNER_OVERRIDE");
        assertThat(next.getString("next.sentence"))
                .isEqualTo("Your instructor chose Handicapping Quiz as your next step.");
        assertThat(api(session).get("/api/pathways/" + pathway).jsonPath().getMap("overrides.nextForLearner"))
                .isEmpty();
        assertThat(next(session(learner + "-other", "learner")).getString("next.title"))
                .isEqualTo("How to Play");
    }

    @Test
    void previewShowsWhatALearnerProfileWouldGet() {
        JsonPath preview = api(instructor)
                .contentType("application/json")
                .body(Map.of(
                        "answers",
                        List.of(
                                Map.of("competency", "playing", "correct", true),
                                Map.of("competency", "playing", "correct", true))))
                .post("/api/pathways/" + pathway + "/preview")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(preview.getString("next.title")).isEqualTo("Handicapping Overview");
        assertThat(preview.getList("skipped.reason")).containsExactly("MASTERED");
    }

    @Test
    void aPrerequisiteCycleIsRefusedNamingTheCycle() {
        api(instructor)
                .contentType("application/json")
                .body(Map.of(
                        "dependent", Map.of("type", "competency", "id", "playing"),
                        "prerequisite", Map.of("type", "competency", "id", "handicap")))
                .post("/api/learning/prerequisites")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("cycle"))
                .body("detail", containsString("competency playing requires competency handicap"));
    }

    @Test
    void badInputIsA400NamingTheField() {
        api(instructor)
                .contentType("text/csv")
                .body("name,id\nx,y\n")
                .put("/api/learning/framework")
                .then()
                .statusCode(400)
                .body("detail", containsString("id,name,parent_id"));
        api(instructor)
                .contentType("application/json")
                .body(Map.of("kind", "LESSON", "competencies", List.of("nope")))
                .put("/api/learning/modules/" + unitByTitle.get("Par"))
                .then()
                .statusCode(400)
                .body("detail", containsString("unknown competency 'nope'"));
        api(instructor)
                .contentType("application/json")
                .body(Map.of("title", "x", "steps", List.of("no-such-unit")))
                .post("/api/pathways")
                .then()
                .statusCode(400)
                .body("detail", containsString("unknown unit 'no-such-unit'"));
    }

    @Test
    void aFrameworkFormUploadNeedsTheSessionInTheRequestNotJustTheCookie() {
        String other = sessionIn("csrf-" + UUID.randomUUID(), "it-csrf", "instructor");
        byte[] csv = "id,name,parent_id\nx,X,\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().baseUri(server.baseUrl())
                .cookie("pw_session", other)
                .multiPart("file", "framework.csv", csv, "text/csv")
                .post("/api/learning/framework")
                .then()
                .statusCode(403)
                .body("detail", containsString("X-CSRF-Token"));
        given().baseUri(server.baseUrl())
                .cookie("pw_session", other)
                .queryParam("s", org.pathwise.tool.session.SessionUrls.handle(server.baseUrl(), other))
                .multiPart("file", "framework.csv", csv, "text/csv")
                .multiPart("title", "Tiny")
                .post("/api/learning/framework")
                .then()
                .statusCode(200)
                .body("framework.title", org.hamcrest.Matchers.equalTo("Tiny"))
                .body("framework.competencies[0].id", org.hamcrest.Matchers.equalTo("x"));
    }

    @Test
    void learnersCannotChangePathwaysAndOtherCoursesCannotSeeThem() {
        String learner = session("it-nosy", "learner");
        api(learner)
                .contentType("application/json")
                .body(Map.of("title", "x", "steps", units("How to Play")))
                .post("/api/pathways")
                .then()
                .statusCode(403);
        String otherCourse = sessionIn("other-" + UUID.randomUUID(), "it-other", "instructor");
        api(otherCourse).get("/api/pathways/" + pathway).then().statusCode(404);
        api(otherCourse).get("/api/pathways/" + pathway + "/next").then().statusCode(404);
    }

    @Test
    void theLearnPageShowsTheNextModuleItsReasonAndMastery() {
        String session = session("it-page-" + UUID.randomUUID(), "learner");
        String html = given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", session)
                .queryParam("pathway", pathway)
                .get("/learn")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html)
                .contains("Golf for new hires", "How to Play", "Next in your pathway: How to Play.")
                .contains("href=\"/play/" + unitByTitle.get("How to Play") + "\"")
                .as("links are plain: the session id is in no address")
                .doesNotContain("?s=", "&amp;s=")
                .contains("Playing the game", "Handicapping");
    }

    // --- helpers

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

    static void tag(String title, String kind, String competency) {
        api(instructor)
                .contentType("application/json")
                .body(Map.of("kind", kind, "competencies", List.of(competency), "expectedMinutes", 10))
                .put("/api/learning/modules/" + unitByTitle.get(title))
                .then()
                .statusCode(200);
    }

    static List<String> units(String... titles) {
        List<String> out = new ArrayList<>();
        for (String t : titles) {
            out.add(unitByTitle.get(t));
        }
        return out;
    }

    static Map<String, Object> answer(String learner, String quiz, String item, boolean correct, Instant at) {
        return statement(
                learner, ANSWERED, activityByTitle.get(quiz) + "/interactions/" + item, Map.of("success", correct), at);
    }

    static Map<String, Object> completed(String learner, String title, Instant at) {
        return statement(learner, COMPLETED, activityByTitle.get(title), Map.of("completion", true), at);
    }

    static Map<String, Object> statement(
            String learner, String verb, String activity, Map<String, Object> result, Instant at) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", UUID.randomUUID().toString());
        s.put("actor", Map.of("objectType", "Agent", "account", Map.of("homePage", publicUrl(), "name", learner)));
        s.put("verb", Map.of("id", verb));
        s.put("object", Map.of("objectType", "Activity", "id", activity));
        if (result != null) {
            s.put("result", result);
        }
        s.put("timestamp", at.toString());
        return s;
    }

    static void postStatements(List<Map<String, Object>> statements) {
        lrs().contentType("application/json")
                .body(statements)
                .post("/xapi/statements")
                .then()
                .statusCode(200);
    }

    static RequestSpecification lrs() {
        return given().baseUri(server.baseUrl())
                .auth()
                .preemptive()
                .basic(server.demoXapiKey(), server.demoXapiSecret())
                .header("X-Experience-API-Version", "1.0.3");
    }

    static String publicUrl() {
        return server.baseUrl().replace("127.0.0.1", "localhost");
    }

    static RequestSpecification api(String session) {
        return given().baseUri(server.baseUrl()).header("X-Pathwise-Session", session);
    }

    static String session(String learnerId, String role) {
        return sessionIn(course, learnerId, role);
    }

    static String sessionIn(String contextId, String learnerId, String role) {
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
                        contextId))
                .post("/api/dev/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
