package org.pathwise.pathways;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.pathwise.player.PlayerFixtures.golf;
import static org.pathwise.player.PlayerFixtures.upload;
import static org.pathwise.player.PlayerFixtures.zip;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    static PathwayTestClient client;
    static String course;
    static String instructor;
    static Map<String, String> unitByTitle = new LinkedHashMap<>();
    static Map<String, String> activityByTitle = new LinkedHashMap<>();
    static String pathway;

    @BeforeAll
    static void courseWithAPathway() {
        server = TestServer.get();
        course = "it-course-" + UUID.randomUUID();
        client = new PathwayTestClient(server, course);
        instructor = client.session("it-instructor", "instructor");
        String packageId = upload(server, instructor, zip(golf("ContentPackagingOneFilePerSCO_SCORM12")))
                .getString("id");
        client.unitsOf(instructor, packageId, unitByTitle, activityByTitle);
        client.api(instructor)
                .contentType("text/csv")
                .body("id,name,parent_id\ngolf,Golf,\nplaying,Playing the game,golf\nhandicap,Handicapping,golf\n")
                .put("/api/learning/framework?title=Golf")
                .then()
                .statusCode(200);
        tag("How to Play", "LESSON", "playing");
        tag("Playing Golf Quiz", "ASSESSMENT", "playing");
        tag("Handicapping Overview", "LESSON", "handicap");
        tag("Handicapping Quiz", "ASSESSMENT", "handicap");
        client.api(instructor)
                .contentType("application/json")
                .body(Map.of(
                        "dependent", Map.of("type", "competency", "id", "handicap"),
                        "prerequisite", Map.of("type", "competency", "id", "playing")))
                .post("/api/learning/prerequisites")
                .then()
                .statusCode(200);
        pathway = client.api(instructor)
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
        String session = client.session(learner, "learner");
        JsonPath before = client.next(session, pathway);
        assertThat(before.getString("next.title")).isEqualTo("How to Play");
        assertThat(before.getString("next.reason")).isEqualTo("NEXT_IN_PATHWAY");
        assertThat(before.getString("next.launchUrl")).isEqualTo("/play/" + unitByTitle.get("How to Play"));

        Instant t = Instant.now().minus(10, ChronoUnit.MINUTES);
        client.postStatements(List.of(
                answer(learner, "Playing Golf Quiz", "q1", true, t),
                answer(learner, "Playing Golf Quiz", "q2", true, t.plusSeconds(30))));

        JsonPath after =
                client.awaitNext(session, pathway, p -> "Handicapping Overview".equals(p.getString("next.title")));
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
        String session = client.session(learner, "learner");
        Instant t = Instant.now().minus(20, ChronoUnit.MINUTES);
        client.postStatements(List.of(completed(learner, "How to Play", t)));
        JsonPath moved =
                client.awaitNext(session, pathway, p -> "Handicapping Overview".equals(p.getString("next.title")));
        assertThat(moved.getList("done.title")).containsExactly("How to Play");

        client.postStatements(List.of(
                answer(learner, "Playing Golf Quiz", "q1", false, t.plusSeconds(60)),
                answer(learner, "Playing Golf Quiz", "q2", false, t.plusSeconds(90))));

        JsonPath review = client.awaitNext(session, pathway, p -> "How to Play".equals(p.getString("next.title")));
        assertThat(review.getString("next.reason")).isEqualTo("PREREQUISITE_REVIEW_WRONG_ANSWERS");
        assertThat(review.getString("next.sentence"))
                .isEqualTo("Review Playing the game: your last two answers on it were wrong.");
        assertThat(review.getList("remainder.title")).containsExactly("Handicapping Overview", "Handicapping Quiz");
    }

    @Test
    void decisionsAreRecordedInTheLrsAsStatements() throws Exception {
        String learner = "it-decision-" + UUID.randomUUID();
        String session = client.session(learner, "learner");
        client.next(session, pathway);
        String agent = "{\"account\":{\"homePage\":\"" + client.publicUrl() + "\",\"name\":\"" + learner + "\"}}";
        List<Map<String, Object>> found = List.of();
        for (int i = 0; i < 60 && found.isEmpty(); i++) {
            Thread.sleep(500);
            found = client.lrs()
                    .queryParam("agent", agent)
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
        client.next(session, pathway); // the same decision again is not recorded twice
        Thread.sleep(3000);
        assertThat(client.lrs()
                        .queryParam("agent", agent)
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
        String session = client.session(learner, "learner");
        client.next(session, pathway);
        Instant t = Instant.now().minus(5, ChronoUnit.MINUTES);
        List<Map<String, Object>> failures = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            failures.add(client.statement(
                    learner, FAILED, activityByTitle.get("Handicapping Quiz"), null, t.plusSeconds(i)));
        }
        client.postStatements(failures);
        List<Map<String, Object>> atRisk = List.of();
        for (int i = 0; i < 60; i++) {
            atRisk = client.api(instructor)
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
        String session = client.session(learner, "learner");
        client.api(instructor)
                .contentType("application/json")
                .body(Map.of("nextForLearner", Map.of(learner, unitByTitle.get("Handicapping Quiz"))))
                .put("/api/pathways/" + pathway + "/overrides")
                .then()
                .statusCode(200);
        JsonPath next = client.next(session, pathway);
        assertThat(next.getString("next.title")).isEqualTo("Handicapping Quiz");
        assertThat(next.getString("next.reason")).isEqualTo("LEARNER_OVERRIDE");
        assertThat(next.getString("next.sentence"))
                .isEqualTo("Your instructor chose Handicapping Quiz as your next step.");
        assertThat(client.api(session)
                        .get("/api/pathways/" + pathway)
                        .jsonPath()
                        .getMap("overrides.nextForLearner"))
                .isEmpty();
        assertThat(client.next(client.session(learner + "-other", "learner"), pathway)
                        .getString("next.title"))
                .isEqualTo("How to Play");
    }

    @Test
    void previewShowsWhatALearnerProfileWouldGet() {
        JsonPath preview = client.api(instructor)
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
        client.api(instructor)
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
        client.api(instructor)
                .contentType("text/csv")
                .body("name,id\nx,y\n")
                .put("/api/learning/framework")
                .then()
                .statusCode(400)
                .body("detail", containsString("id,name,parent_id"));
        client.api(instructor)
                .contentType("application/json")
                .body(Map.of("kind", "LESSON", "competencies", List.of("nope")))
                .put("/api/learning/modules/" + unitByTitle.get("Par"))
                .then()
                .statusCode(400)
                .body("detail", containsString("unknown competency 'nope'"));
        client.api(instructor)
                .contentType("application/json")
                .body(Map.of("title", "x", "steps", List.of("no-such-unit")))
                .post("/api/pathways")
                .then()
                .statusCode(400)
                .body("detail", containsString("unknown unit 'no-such-unit'"));
    }

    @Test
    void aFrameworkFormUploadNeedsTheSessionInTheRequestNotJustTheCookie() {
        String other = client.sessionIn("csrf-" + UUID.randomUUID(), "it-csrf", "instructor");
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
        String learner = client.session("it-nosy", "learner");
        client.api(learner)
                .contentType("application/json")
                .body(Map.of("title", "x", "steps", units("How to Play")))
                .post("/api/pathways")
                .then()
                .statusCode(403);
        String otherCourse = client.sessionIn("other-" + UUID.randomUUID(), "it-other", "instructor");
        client.api(otherCourse).get("/api/pathways/" + pathway).then().statusCode(404);
        client.api(otherCourse).get("/api/pathways/" + pathway + "/next").then().statusCode(404);
    }

    @Test
    void theLearnPageShowsTheNextModuleItsReasonAndMastery() {
        String session = client.session("it-page-" + UUID.randomUUID(), "learner");
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

    static void tag(String title, String kind, String competency) {
        client.api(instructor)
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
        return client.statement(
                learner, ANSWERED, activityByTitle.get(quiz) + "/interactions/" + item, Map.of("success", correct), at);
    }

    static Map<String, Object> completed(String learner, String title, Instant at) {
        return client.statement(learner, COMPLETED, activityByTitle.get(title), Map.of("completion", true), at);
    }
}
