package org.pathwise.tool.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;
import org.pathwise.player.PlayerFixtures;
import org.pathwise.tool.session.SessionUrls;

/**
 * The instructor's journey in headless Chromium, launched from the demo LMS through the real LTI flow: upload two
 * packages (one good with its progress and result, one broken with its error), import a framework, tag the new
 * module, build a pathway from it, preview it, see the class dashboard, and place the pathway with Deep Linking.
 */
class InstructorBrowserIT {

    /** The demo course's framework (its pathway's tags refer to it), plus one competency of this test. */
    static final String DEMO_FRAMEWORK =
            "golf,Golf,\ngolf.playing,Playing the game,golf\ngolf.etiquette,Golf etiquette,golf\n"
                    + "golf.handicapping,Handicapping,golf\ngolf.fun,Enjoying golf,golf\n";

    static PathwiseServer server;
    static Chromium browser;

    @BeforeAll
    static void start() {
        server = TestServer.get();
        browser = new Chromium(1280, 900);
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private void launchFromTheDemo(String button) {
        browser.open(server.baseUrl() + "/demo/platform");
        browser.click(By.xpath("//button[text()='" + button + "']"));
    }

    @Test
    void instructorUploadsTagsBuildsAPathwayAndPlacesItWithDeepLinking() throws Exception {
        launchFromTheDemo("Launch as instructor");
        assertThat(browser.h1()).isEqualTo("Content library");
        assertThat(browser.driver.getCurrentUrl())
                .as("the spent launch handle is taken out of the address")
                .endsWith("/instructor");

        Path good = Files.createTempFile("golf-", ".zip");
        Files.write(good, PlayerFixtures.zip(PlayerFixtures.golf("RuntimeBasicCalls_SCORM12")));
        Path broken = Files.createTempFile("broken-", ".zip");
        Files.write(broken, "not a zip".getBytes());
        browser.byId("file").sendKeys(good + "\n" + broken);
        browser.toggle(By.cssSelector("#upload button[type=submit]"));
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#upload-results li.good"), 1));
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#upload-results li.bad"), 1));
        WebElement failed = browser.driver.findElement(By.cssSelector("#upload-results li.bad"));
        assertThat(failed.getText()).contains(broken.getFileName().toString(), "not imported");
        assertThat(failed.findElement(By.cssSelector("[role=alert]")).getText()).isNotBlank();
        assertThat(browser.driver
                        .findElement(By.cssSelector("#upload-results li.good"))
                        .getText())
                .contains("imported", "units");
        // the import bar followed the server's steps after the last byte, and ends on the last one, visibly
        WebElement finalStep = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#upload-results li.good .step[data-step=RECORDED]")));
        assertThat(finalStep.getText()).isEqualTo("Step 6 of 6: saved in the library");
        WebElement bar = browser.driver.findElement(By.cssSelector("#upload-results li.good progress"));
        assertThat(bar.getAttribute("value")).isEqualTo("6");
        assertThat(bar.getAttribute("max")).isEqualTo("6");
        assertThat(bar.getAttribute("aria-label"))
                .contains("saved in the library", good.getFileName().toString());
        // the broken upload stopped after it was received: the step it reached stays on its line
        assertThat(browser.wait
                        .until(ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("#upload-results li.bad .step")))
                        .getText())
                .isEqualTo("Step 1 of 6: received");
        Axe.assertNoSeriousViolations(browser, "content library with upload results");

        browser.click(By.linkText("Pathways"));
        assertThat(browser.h1()).isEqualTo("Pathways");
        Axe.assertNoSeriousViolations(browser, "pathways page");
        browser.type("csv", DEMO_FRAMEWORK + "putting,Putting,golf\n");
        browser.click(By.cssSelector("#framework button[type=submit]"));
        assertThat(browser.mainText()).contains("Saved.");

        WebElement row = browser.driver.findElement(By.xpath("//tr[th[contains(., 'Golf Explained')]][last()]"));
        String rowText = row.getText();
        assertThat(rowText).contains("not tagged");
        row.findElement(By.cssSelector("input[value=putting]")).click();
        row.findElement(By.cssSelector("button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.urlContains("saved=1"));
        row = browser.driver.findElement(By.xpath("//tr[th[contains(., 'Golf Explained')]][last()]"));
        assertThat(row.getText()).contains("LESSON", "Putting");

        String unit = row.findElement(By.cssSelector("input[name=unit]")).getAttribute("value");

        // prerequisites: the new module requires a competency; that competency requiring the module is a cycle,
        // refused with the modules' and competencies' names on the page; then the first one is removed again
        new Select(browser.byId("dependent")).selectByValue("module:" + unit);
        new Select(browser.byId("prerequisite")).selectByValue("competency:golf.playing");
        browser.click(By.cssSelector("#new-prerequisite button[type=submit]"));
        assertThat(browser.mainText()).contains("Saved.");
        By added = By.xpath("//ul[@class='prereqs']/li[contains(., 'Golf Explained') and contains(., 'requires"
                + " competency “Playing the game”')]");
        assertThat(browser.driver.findElements(added)).hasSize(1);
        new Select(browser.byId("dependent")).selectByValue("competency:golf.playing");
        new Select(browser.byId("prerequisite")).selectByValue("module:" + unit);
        browser.click(By.cssSelector("#new-prerequisite button[type=submit]"));
        WebElement refused = browser.driver.findElement(By.cssSelector("main [role=alert]"));
        assertThat(refused.getText())
                .startsWith("Not saved: that would make a cycle: ")
                .containsAnyOf(
                        "“Golf Explained” requires “Playing the game” requires “Golf Explained”",
                        "“Playing the game” requires “Golf Explained” requires “Playing the game”")
                .doesNotContain(unit);
        assertThat(browser.driver.findElements(By.xpath("//ul[@class='prereqs']/li[starts-with(normalize-space(.),"
                        + " 'Competency “Playing the game” requires')]")))
                .isEmpty();
        browser.click(By.xpath("//ul[@class='prereqs']/li[contains(., 'Golf Explained') and contains(., 'requires"
                + " competency “Playing the game”')]//button"));
        assertThat(browser.mainText()).contains("Saved.");
        assertThat(browser.driver.findElements(added)).isEmpty();
        row = browser.driver.findElement(By.xpath("//tr[th[contains(., 'Golf Explained')]][last()]"));

        browser.type("title", "Putting for new hires");
        browser.type("role", "new hire");
        browser.toggle(By.id("step-" + unit));
        assertThat(new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("gradeMode")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("completion");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("gradeMode")))
                .selectByValue("score");
        browser.click(By.cssSelector("#new-pathway button[type=submit]"));
        assertThat(browser.mainText())
                .contains("Putting for new hires", "new hire", "gradebook: Score: mean of the pathway's assessments");

        browser.click(By.xpath("//li[h3[text()='Putting for new hires']]//a[text()='Preview for a learner profile']"));
        assertThat(browser.h1()).isEqualTo("Preview: Putting for new hires");
        assertThat(browser.mainText()).contains("Golf Explained");
        Axe.assertNoSeriousViolations(browser, "pathway preview");

        browser.click(By.linkText("Class dashboard"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pathway option")));
        assertThat(browser.driver.findElement(By.id("pathway")).getText()).contains("Putting for new hires");
        Axe.assertNoSeriousViolations(browser, "class dashboard");

        launchFromTheDemo("Deep link as instructor");
        WebElement option = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//label[contains(., 'Putting for new hires')]/input")));
        option.click();
        browser.click(By.xpath("//button[text()='Place in course']"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Placed"));
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("Putting for new hires");
    }

    @Test
    void learnerPageNamesTheCoursesLearnersAndStillFindsThemAfterTheirSessionsArePurged() throws Exception {
        String course = "detail-course-" + System.nanoTime();
        String named = "detail-named-" + System.nanoTime();
        String anonymous = "detail-anonymous-" + System.nanoTime();
        String elsewhere = "detail-elsewhere-" + System.nanoTime();
        String adaSession = devSession(named, "Ada Lovelace", "learner", course);
        String anonymousSession = devSession(anonymous, null, "learner", course);
        devSession(elsewhere, "Other Course", "learner", course + "-other");
        String instructor = devSession("detail-teacher-" + System.nanoTime(), "Teacher", "instructor", course);

        // a two-module pathway in the course, opened by both learners
        List<String> units = PlayerFixtures.upload(
                        server, instructor, PlayerFixtures.zip(PlayerFixtures.testPackage("complete-on-open-scorm12")))
                .getList("units.id", String.class);
        String pathway = given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", instructor)
                .contentType("application/json")
                .body(Map.of("title", "Putting basics", "steps", units))
                .post("/api/pathways")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String learner : List.of(adaSession, anonymousSession)) {
            given().baseUri(server.baseUrl())
                    .header("X-Pathwise-Session", learner)
                    .queryParam("pathway", pathway)
                    .get("/learn")
                    .then()
                    .statusCode(200);
        }

        // Ada completes the first module in the player: its statements reach the LRS (the timeline below)
        completeInThePlayer(adaSession, units.get(0));

        // the housekeeping purge of expired sessions: the learners' sessions are gone, the instructor's is kept
        try (Connection c = DriverManager.getConnection(
                        server.database().url(),
                        server.database().user(),
                        server.database().password());
                PreparedStatement ps = c.prepareStatement("DELETE FROM lti_session WHERE learner_id IN (?, ?, ?)")) {
            ps.setString(1, named);
            ps.setString(2, anonymous);
            ps.setString(3, elsewhere);
            assertThat(ps.executeUpdate()).isEqualTo(3);
        }

        browser.open(SessionUrls.url(server.baseUrl(), "/instructor/learners/" + named, instructor));
        assertThat(browser.h1()).isEqualTo("Learner: Ada Lovelace");
        assertThat(browser.driver.findElement(By.id("learner-facts")).getText())
                .contains("Ada Lovelace", "First launch");
        assertThat(browser.mainText()).doesNotContain(named);
        // the statements timeline shows the player's statement: verb and module (once delivered to the LRS)
        By completed = By.xpath("//ol[@class='timeline']/li[strong[text()='completed'] and contains(., 'The grip')]");
        long deadline = System.currentTimeMillis() + 30_000;
        while (browser.driver.findElements(completed).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            browser.open(SessionUrls.url(server.baseUrl(), "/instructor/learners/" + named, instructor));
        }
        assertThat(browser.driver.findElements(completed))
                .as(browser.mainText())
                .hasSize(1);
        assertThat(browser.driver
                        .findElement(completed)
                        .findElement(By.tagName("time"))
                        .getAttribute("datetime"))
                .isNotBlank();
        Axe.assertNoSeriousViolations(browser, "learner detail");

        // the plan with the sequencer's reason, and the override of the next module
        browser.open(
                SessionUrls.url(server.baseUrl(), "/instructor/learners/" + named + "?pathway=" + pathway, instructor));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("override")));
        assertThat(browser.driver.findElement(By.id("plan")).getText()).contains("The grip", "Next in your pathway");
        new Select(browser.byId("override-unit")).selectByVisibleText("The stroke");
        browser.toggle(By.cssSelector("#override button[type=submit]"));
        browser.wait.until(
                ExpectedConditions.textToBe(By.id("override-status"), "Saved: the learner's next module is set."));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#plan li.next"), "Your instructor chose The stroke as your next step."));

        // the class dashboard's API names both: the shared name, and the pseudonym of the one without
        List<String> names = given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", instructor)
                .get("/api/pathways/" + pathway + "/learners")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("name", String.class);
        assertThat(names).hasSize(2).contains("Ada Lovelace").anyMatch(n -> n.matches("Learner \\d+"));

        browser.open(SessionUrls.url(server.baseUrl(), "/instructor/learners/" + anonymous, instructor));
        assertThat(browser.h1()).matches("Learner: Learner \\d+");
        assertThat(browser.driver.findElement(By.id("learner-facts")).getText()).contains("shared no name or email");

        browser.open(SessionUrls.url(server.baseUrl(), "/instructor/learners/" + elsewhere, instructor));
        assertThat(browser.h1()).isEqualTo("Not a learner of this course");
        given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", instructor)
                .get("/instructor/learners/" + elsewhere)
                .then()
                .statusCode(404);
    }

    /** Opens the unit in the player as the session's learner and commits it completed and ended. */
    private static void completeInThePlayer(String session, String unit) {
        String html = given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", session)
                .get("/play/" + unit)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        io.restassured.path.json.JsonPath config = PlayerFixtures.playerConfig(html);
        given().baseUri(server.baseUrl())
                .contentType("text/plain")
                .post(config.getString("initializeUrl"))
                .then()
                .statusCode(200);
        given().baseUri(server.baseUrl())
                .contentType("application/json;charset=UTF-8")
                .body(Map.of(
                        "cmi.core.lesson_status",
                        "completed",
                        "cmi.core.session_time",
                        "0000:05:00.00",
                        "commitSequence",
                        0,
                        "terminate",
                        true))
                .post(config.getString("commitUrl"))
                .then()
                .statusCode(200);
    }

    /** A demo session (no LTI launch) in a course; {@code name} null as when the platform shares no name. */
    private static String devSession(String learnerId, String name, String role, String course) {
        Map<String, Object> body = new HashMap<>();
        body.put("learnerId", learnerId);
        body.put("name", name);
        body.put("roles", List.of(role));
        body.put("contextId", course);
        return given().baseUri(server.baseUrl())
                .contentType("application/json")
                .body(body)
                .post("/api/dev/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void pageApiCallWithTheSessionCookieButNoCsrfTokenIsRefused() {
        String session = PlayerFixtures.session(server, "csrf-instructor", "instructor");
        given().baseUri(server.baseUrl())
                .cookie("pw_session", session)
                .contentType("application/json")
                .body("{\"title\":\"forged\",\"steps\":[\"x\"]}")
                .post("/api/pathways")
                .then()
                .statusCode(403);
        // the session id in the address names no session at all (only one-time launch handles go there)
        given().baseUri(server.baseUrl())
                .queryParam("s", session)
                .contentType("application/zip")
                .body(new byte[] {1, 2, 3})
                .post("/api/content")
                .then()
                .statusCode(401);
    }
}
