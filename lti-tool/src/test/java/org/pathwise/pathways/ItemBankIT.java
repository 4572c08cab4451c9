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
 * Adaptive assessment through the REST API: an instructor tags three SCOs as items of increasing difficulty, makes
 * them an item bank and lists the bank in a pathway; the learner's next step is the item with the most information at
 * their ability, a passed item is not offered again and raises the ability (the next item is the harder one), and the
 * bank is done after its length.
 */
class ItemBankIT {

    static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";

    static PathwiseServer server;
    static String course;
    static String instructor;
    static Map<String, String> unitByTitle = new LinkedHashMap<>();
    static Map<String, String> activityByTitle = new LinkedHashMap<>();
    static String pathway;

    @BeforeAll
    static void courseWithAnItemBank() {
        server = TestServer.get();
        course = "it-bank-" + UUID.randomUUID();
        instructor = session("it-bank-instructor", "instructor");
        String packageId = upload(server, instructor, zip(golf("ContentPackagingOneFilePerSCO_SCORM12")))
                .getString("id");
        for (Map<String, Object> u : api(instructor)
                .get("/api/learning/units")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<Map<String, Object>>getList("")) {
            if (packageId.equals(u.get("packageId"))) {
                unitByTitle.put((String) u.get("title"), (String) u.get("unitId"));
                activityByTitle.put((String) u.get("title"), (String) u.get("activityId"));
            }
        }
        api(instructor)
                .contentType("text/csv")
                .body("id,name,parent_id\nscoring,Scoring,\n")
                .put("/api/learning/framework?title=Golf")
                .then()
                .statusCode(200);
        item("Par", -2.0);
        item("Keeping Score", 0.2);
        item("Other Scoring Systems", 2.0);
        api(instructor)
                .contentType("application/json")
                .body(Map.of("kind", "LESSON", "competencies", List.of("scoring")))
                .put("/api/learning/modules/" + unitByTitle.get("The Rules of Golf"))
                .then()
                .statusCode(200);
        api(instructor)
                .contentType("application/json")
                .body(Map.of(
                        "title",
                        "Scoring check",
                        "items",
                        List.of(
                                unitByTitle.get("Par"),
                                unitByTitle.get("Keeping Score"),
                                unitByTitle.get("Other Scoring Systems")),
                        "length",
                        2))
                .put("/api/learning/item-banks/scoring-check")
                .then()
                .statusCode(200)
                .body("itemBanks.scoring-check.length", org.hamcrest.Matchers.equalTo(2));
        pathway = api(instructor)
                .contentType("application/json")
                .body(Map.of(
                        "title",
                        "Scoring, adaptively",
                        "steps",
                        List.of("scoring-check", unitByTitle.get("The Rules of Golf"))))
                .post("/api/pathways")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void theBankOffersTheMostInformativeItemThenAHarderOneAfterAPassThenMovesOn() throws Exception {
        String learner = "it-bank-learner-" + UUID.randomUUID();
        String session = session(learner, "learner");

        JsonPath first = next(session);
        assertThat(first.getString("next.title"))
                .as("ability 0: difficulty 0.2 is closest to a 50% chance")
                .isEqualTo("Keeping Score");
        assertThat(first.getString("next.reason")).isEqualTo("ADAPTIVE_ITEM");
        assertThat(first.getString("next.sentence"))
                .isEqualTo("This question from Scoring check was chosen to match your current level.");
        assertThat(first.getString("next.launchUrl")).isEqualTo("/play/" + unitByTitle.get("Keeping Score"));
        assertThat(first.getList("remainder.title")).containsExactly("The Rules of Golf");

        Instant t = Instant.now().minus(5, ChronoUnit.MINUTES);
        postStatements(List.of(passed(learner, "Keeping Score", t)));
        JsonPath second = awaitNext(session, p -> !"Keeping Score".equals(p.getString("next.title")));
        assertThat(second.getString("next.title"))
                .as("a pass raises the ability: the hard item is now the most informative")
                .isEqualTo("Other Scoring Systems");
        assertThat(second.getString("next.reason")).isEqualTo("ADAPTIVE_ITEM");

        postStatements(List.of(passed(learner, "Other Scoring Systems", t.plusSeconds(60))));
        JsonPath after = awaitNext(session, p -> !"ADAPTIVE_ITEM".equals(p.getString("next.reason")));
        assertThat(after.getBoolean("complete"))
                .as("two items answered: the bank (length 2) is done, Par is never offered")
                .isTrue();
        assertThat(after.getList("skipped.title")).containsExactly("The Rules of Golf");
        assertThat(after.getList("skipped.reason"))
                .as("two passes on scoring items master scoring")
                .containsExactly("MASTERED");
    }

    @Test
    void badBanksAreA400NamingTheFieldAndABankInUseCannotBeDeleted() {
        Map<String, Object> tooLong = Map.of("title", "x", "items", List.of(unitByTitle.get("Par")), "length", 3);
        api(instructor)
                .contentType("application/json")
                .body(tooLong)
                .put("/api/learning/item-banks/too-long")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("length: must be between 1 and the bank's 1 items (was 3)"));
        api(instructor)
                .contentType("application/json")
                .body(Map.of("title", "x", "items", List.of("no-such-unit")))
                .put("/api/learning/item-banks/unknown")
                .then()
                .statusCode(400)
                .body("detail", containsString("items: unknown unit 'no-such-unit'"));
        api(instructor)
                .contentType("application/json")
                .body(Map.of("title", "x", "items", List.of(unitByTitle.get("The Rules of Golf"))))
                .put("/api/learning/item-banks/lesson-bank")
                .then()
                .statusCode(400)
                .body("detail", containsString("is tagged LESSON; a unit in an item bank must be an item"));
        api(instructor)
                .contentType("application/json")
                .body(Map.of("title", "x", "items", List.of(unitByTitle.get("Par"))))
                .put("/api/learning/item-banks/" + unitByTitle.get("Par"))
                .then()
                .statusCode(400)
                .body("detail", containsString("is already a unit id of the library"));
        api(instructor)
                .delete("/api/learning/item-banks/scoring-check")
                .then()
                .statusCode(409)
                .body("detail", containsString("is a step of pathway 'Scoring, adaptively'"));
        api(session("it-bank-nosy", "learner"))
                .contentType("application/json")
                .body(Map.of("title", "x", "items", List.of(unitByTitle.get("Par"))))
                .put("/api/learning/item-banks/mine")
                .then()
                .statusCode(403);
    }

    // --- helpers

    static void item(String title, double difficulty) {
        api(instructor)
                .contentType("application/json")
                .body(Map.of("kind", "ITEM", "competencies", List.of("scoring"), "difficulty", difficulty))
                .put("/api/learning/modules/" + unitByTitle.get(title))
                .then()
                .statusCode(200);
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

    static Map<String, Object> passed(String learner, String title, Instant at) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", UUID.randomUUID().toString());
        s.put("actor", Map.of("objectType", "Agent", "account", Map.of("homePage", publicUrl(), "name", learner)));
        s.put("verb", Map.of("id", PASSED));
        s.put("object", Map.of("objectType", "Activity", "id", activityByTitle.get(title)));
        s.put("result", Map.of("success", true, "completion", true));
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

    static String session(String learnerId, String role) {
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
