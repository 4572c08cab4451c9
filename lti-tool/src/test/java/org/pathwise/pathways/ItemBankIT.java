package org.pathwise.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.pathwise.player.PlayerFixtures.golf;
import static org.pathwise.player.PlayerFixtures.upload;
import static org.pathwise.player.PlayerFixtures.zip;

import io.restassured.path.json.JsonPath;
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
 * bank is done after its length (its maximum). Over twelve items, a learner whose answers are consistent with one level
 * stops once the standard error of their ability reaches the bank's target, and a bank's maximum still caps the test.
 */
class ItemBankIT {

    static PathwiseServer server;
    static PathwayTestClient client;
    static String course;
    static String instructor;
    static Map<String, String> unitByTitle = new LinkedHashMap<>();
    static Map<String, String> activityByTitle = new LinkedHashMap<>();
    static String pathway;
    static String precisePathway;
    static String cappedPathway;
    /** Items of the level checks by title, in bank order, with their difficulty. */
    static Map<String, Double> levelItems = new LinkedHashMap<>();

    @BeforeAll
    static void courseWithAnItemBank() {
        server = TestServer.get();
        course = "it-bank-" + UUID.randomUUID();
        client = new PathwayTestClient(server, course);
        instructor = client.session("it-bank-instructor", "instructor");
        String packageId = upload(server, instructor, zip(golf("ContentPackagingOneFilePerSCO_SCORM12")))
                .getString("id");
        client.unitsOf(instructor, packageId, unitByTitle, activityByTitle);
        client.api(instructor)
                .contentType("text/csv")
                .body("id,name,parent_id\nscoring,Scoring,\nlevel,Level,\n")
                .put("/api/learning/framework?title=Golf")
                .then()
                .statusCode(200);
        item("Par", "scoring", -2.0);
        item("Keeping Score", "scoring", 0.2);
        item("Other Scoring Systems", "scoring", 2.0);
        client.api(instructor)
                .contentType("application/json")
                .body(Map.of("kind", "LESSON", "competencies", List.of("scoring")))
                .put("/api/learning/modules/" + unitByTitle.get("The Rules of Golf"))
                .then()
                .statusCode(200);
        client.api(instructor)
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
        pathway = client.api(instructor)
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
        List<String> titles = List.of(
                "How to Play",
                "Playing Golf Quiz",
                "Taking Care of the Course",
                "Avoiding Distraction",
                "Playing Politely",
                "Etiquette Quiz",
                "Handicapping Overview",
                "Calculating a Handicap",
                "Calculating a Handicapped Score",
                "Handicapping Example",
                "Handicapping Quiz",
                "How to Have Fun Playing Golf");
        for (int i = 0; i < titles.size(); i++) {
            double difficulty = -2.75 + 0.5 * i;
            levelItems.put(titles.get(i), difficulty);
            item(titles.get(i), "level", difficulty);
        }
        List<String> items = titles.stream().map(unitByTitle::get).toList();
        bank("level-check", Map.of("title", "Level check", "items", items, "minItems", 3, "targetStandardError", 0.7));
        bank(
                "level-capped",
                Map.of("title", "Capped level check", "items", items, "maxItems", 4, "targetStandardError", 0.2));
        precisePathway = pathway("Level, precisely", "level-check");
        cappedPathway = pathway("Level, capped", "level-capped");
    }

    @Test
    void theBankOffersTheMostInformativeItemThenAHarderOneAfterAPassThenMovesOn() throws Exception {
        String learner = "it-bank-learner-" + UUID.randomUUID();
        String session = client.session(learner, "learner");

        JsonPath first = client.next(session, pathway);
        assertThat(first.getString("next.title"))
                .as("ability 0: difficulty 0.2 is closest to a 50% chance")
                .isEqualTo("Keeping Score");
        assertThat(first.getString("next.reason")).isEqualTo("ADAPTIVE_ITEM");
        assertThat(first.getString("next.sentence"))
                .isEqualTo("This question from Scoring check was chosen to match your current level.");
        assertThat(first.getString("next.launchUrl")).isEqualTo("/play/" + unitByTitle.get("Keeping Score"));
        assertThat(first.getList("remainder.title")).containsExactly("The Rules of Golf");

        Instant t = Instant.now().minus(5, ChronoUnit.MINUTES);
        client.postStatements(List.of(passed(learner, "Keeping Score", t)));
        JsonPath second = client.awaitNext(session, pathway, p -> !"Keeping Score".equals(p.getString("next.title")));
        assertThat(second.getString("next.title"))
                .as("a pass raises the ability: the hard item is now the most informative")
                .isEqualTo("Other Scoring Systems");
        assertThat(second.getString("next.reason")).isEqualTo("ADAPTIVE_ITEM");

        client.postStatements(List.of(passed(learner, "Other Scoring Systems", t.plusSeconds(60))));
        JsonPath after = client.awaitNext(session, pathway, p -> !"ADAPTIVE_ITEM".equals(p.getString("next.reason")));
        assertThat(after.getBoolean("complete"))
                .as("two items answered: the bank (length 2) is done, Par is never offered")
                .isTrue();
        assertThat(after.getList("done.title")).containsExactly("Scoring check");
        assertThat(after.getList("done.reason")).containsExactly("ITEM_BANK_MAX_ITEMS");
        assertThat(after.getList("done.sentence"))
                .containsExactly("You have answered the most questions Scoring check asks (2): it is done.");
        assertThat(after.getList("skipped.title")).containsExactly("The Rules of Golf");
        assertThat(after.getList("skipped.reason"))
                .as("two passes on scoring items master scoring")
                .containsExactly("MASTERED");
    }

    @Test
    void aLearnerWhoseAnswersAreConsistentWithOneLevelStopsOnceTheLevelIsPreciseEnough() throws Exception {
        String learner = "it-bank-consistent-" + UUID.randomUUID();
        String session = client.session(learner, "learner");

        int answered = answerUntilDone(session, precisePathway, learner, difficulty -> difficulty < -0.5);

        JsonPath done = client.next(session, precisePathway);
        assertThat(done.getBoolean("complete")).isTrue();
        assertThat(answered)
                .as("stopped early on precision: never before its 3, before its 12 items")
                .isBetween(3, 11);
        assertThat(done.getList("done.reason")).containsExactly("ITEM_BANK_PRECISE");
        assertThat(done.getList("done.sentence"))
                .containsExactly("Your level on Level is now known well enough: Level check is done after " + answered
                        + " questions.");
    }

    @Test
    void theMaximumStillCapsATestWhoseTargetIsNotReached() throws Exception {
        String learner = "it-bank-capped-" + UUID.randomUUID();
        String session = client.session(learner, "learner");

        int answered = answerUntilDone(session, cappedPathway, learner, difficulty -> difficulty < -0.5);

        assertThat(answered)
                .as("target 0.2 is out of reach of 4 answers: the maximum ends it")
                .isEqualTo(4);
        JsonPath done = client.next(session, cappedPathway);
        assertThat(done.getList("done.reason")).containsExactly("ITEM_BANK_MAX_ITEMS");
        assertThat(done.getList("done.sentence"))
                .containsExactly("You have answered the most questions Capped level check asks (4): it is done.");
    }

    @Test
    void badStoppingRulesAreA400NamingTheField() {
        client.api(instructor)
                .contentType("application/json")
                .body(Map.of("title", "x", "items", List.of(unitByTitle.get("Par")), "targetStandardError", 1.5))
                .put("/api/learning/item-banks/imprecise")
                .then()
                .statusCode(400)
                .body("detail", containsString("targetStandardError: must be above 0 and below 1 logit"));
        client.api(instructor)
                .contentType("application/json")
                .body(Map.of("title", "x", "items", List.of(unitByTitle.get("Par")), "minItems", 2))
                .put("/api/learning/item-banks/too-few")
                .then()
                .statusCode(400)
                .body("detail", containsString("minItems: must be between 1 and maxItems (1) (was 2)"));
        client.api(instructor)
                .contentType("application/json")
                .body(Map.of("title", "x", "items", List.of(unitByTitle.get("Par")), "length", 1, "maxItems", 2))
                .put("/api/learning/item-banks/both")
                .then()
                .statusCode(400)
                .body("detail", containsString("length: the former name of maxItems"));
    }

    @Test
    void badBanksAreA400NamingTheFieldAndABankInUseCannotBeDeleted() {
        Map<String, Object> tooLong = Map.of("title", "x", "items", List.of(unitByTitle.get("Par")), "length", 3);
        client.api(instructor)
                .contentType("application/json")
                .body(tooLong)
                .put("/api/learning/item-banks/too-long")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("length: must be between 1 and the bank's 1 items (was 3)"));
        client.api(instructor)
                .contentType("application/json")
                .body(Map.of("title", "x", "items", List.of("no-such-unit")))
                .put("/api/learning/item-banks/unknown")
                .then()
                .statusCode(400)
                .body("detail", containsString("items: unknown unit 'no-such-unit'"));
        client.api(instructor)
                .contentType("application/json")
                .body(Map.of("title", "x", "items", List.of(unitByTitle.get("The Rules of Golf"))))
                .put("/api/learning/item-banks/lesson-bank")
                .then()
                .statusCode(400)
                .body("detail", containsString("is tagged LESSON; a unit in an item bank must be an item"));
        client.api(instructor)
                .contentType("application/json")
                .body(Map.of("title", "x", "items", List.of(unitByTitle.get("Par"))))
                .put("/api/learning/item-banks/" + unitByTitle.get("Par"))
                .then()
                .statusCode(400)
                .body("detail", containsString("is already a unit id of the library"));
        client.api(instructor)
                .delete("/api/learning/item-banks/scoring-check")
                .then()
                .statusCode(409)
                .body("detail", containsString("is a step of pathway 'Scoring, adaptively'"));
        client.api(client.session("it-bank-nosy", "learner"))
                .contentType("application/json")
                .body(Map.of("title", "x", "items", List.of(unitByTitle.get("Par"))))
                .put("/api/learning/item-banks/mine")
                .then()
                .statusCode(403);
    }

    // --- helpers

    /**
     * Answers each item the pathway offers (passed when {@code knows} its difficulty, else failed) until the bank is
     * done; how many it answered.
     */
    static int answerUntilDone(String session, String pathway, String learner, Predicate<Double> knows)
            throws InterruptedException {
        Instant t = Instant.now().minus(30, ChronoUnit.MINUTES);
        JsonPath plan = client.next(session, pathway);
        int answered = 0;
        while ("ADAPTIVE_ITEM".equals(plan.getString("next.reason"))) {
            String title = plan.getString("next.title");
            assertThat(answered)
                    .as("an item offered after the 12 of the bank: " + title)
                    .isLessThan(12);
            boolean pass = knows.test(levelItems.get(title));
            client.postStatements(List.of(client.statement(
                    learner,
                    pass ? "passed" : "failed",
                    activityByTitle.get(title),
                    Map.of("success", pass, "completion", true),
                    t.plusSeconds(10L * answered))));
            answered++;
            plan = client.awaitNext(session, pathway, p -> !title.equals(p.getString("next.title")));
        }
        return answered;
    }

    static void bank(String id, Map<String, Object> body) {
        client.api(instructor)
                .contentType("application/json")
                .body(body)
                .put("/api/learning/item-banks/" + id)
                .then()
                .statusCode(200);
    }

    static String pathway(String title, String bank) {
        return client.api(instructor)
                .contentType("application/json")
                .body(Map.of("title", title, "steps", List.of(bank)))
                .post("/api/pathways")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static void item(String title, String competency, double difficulty) {
        client.api(instructor)
                .contentType("application/json")
                .body(Map.of("kind", "ITEM", "competencies", List.of(competency), "difficulty", difficulty))
                .put("/api/learning/modules/" + unitByTitle.get(title))
                .then()
                .statusCode(200);
    }

    static Map<String, Object> passed(String learner, String title, Instant at) {
        return client.statement(
                learner, "passed", activityByTitle.get(title), Map.of("success", true, "completion", true), at);
    }
}
