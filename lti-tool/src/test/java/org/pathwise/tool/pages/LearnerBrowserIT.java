package org.pathwise.tool.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;
import org.pathwise.player.PlayerFixtures;
import org.pathwise.tool.session.SessionUrls;

/**
 * The learner's journey in headless Chromium from the demo LMS, on a phone-sized screen: the launch lands on the
 * pathway in the shared layout (skip link, landmarks, the next module and why, progress), the learner starts the next
 * module in the player (a SCO that reports itself completed), comes back to the pathway and finds the module done,
 * the progress moved on and the second module next; the attempt they made is recorded (to resume).
 */
class LearnerBrowserIT {

    static PathwiseServer server;
    static Chromium browser;

    @BeforeAll
    static void start() {
        server = TestServer.get();
        browser = new Chromium(390, 844);
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    /** The demo course's instructor (launched through the demo LMS) uploads the sample and builds a pathway. */
    private static void instructorBuildsAPathway() {
        browser.open(server.baseUrl() + "/demo/platform");
        browser.click(By.xpath("//button[text()='Launch as instructor']"));
        String instructor = SessionUrls.ofPage(browser.driver);
        List<String> units = PlayerFixtures.upload(
                        server, instructor, PlayerFixtures.zip(PlayerFixtures.testPackage("complete-on-open-scorm12")))
                .getList("units.id", String.class);
        given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", instructor)
                .contentType("application/json")
                .body(Map.of("title", PATHWAY, "steps", units))
                .post("/api/pathways")
                .then()
                .statusCode(201);
    }

    static final String PATHWAY = "Golf for learners";

    @Test
    void learnerLaunchesSeesThePathwayStartsTheNextModuleAndComesBackToItsRecordedAttempt() {
        instructorBuildsAPathway();
        browser.open(server.baseUrl() + "/demo/platform");
        browser.click(By.xpath("//button[text()='Launch as learner']"));
        browser.wait.until(ExpectedConditions.urlContains("/learn"));
        String session = SessionUrls.ofPage(browser.driver);
        // The demo LMS's link names the demo pathway, which this test server does not have: the course's pathways.
        browser.open(SessionUrls.url(server.baseUrl(), "/learn", session));
        if (!browser.driver.findElements(By.cssSelector("ul.pw-choose")).isEmpty()) {
            browser.click(By.linkText(PATHWAY));
        }
        // the pathway's address without its spent handle; reopened below with a fresh one each time
        String pathwayPath = SessionUrls.pathOf(browser.driver.getCurrentUrl());
        assertThat(browser.driver.findElements(By.cssSelector(".pw-reason")))
                .as(browser.mainText())
                .isNotEmpty();

        assertThat(browser.driver.findElement(By.cssSelector("html")).getAttribute("lang"))
                .isEqualTo("en");
        assertThat(browser.driver.findElements(By.tagName("main"))).hasSize(1);
        assertThat(browser.driver.findElement(By.cssSelector("a.skip")).getAttribute("href"))
                .endsWith("#main");
        assertThat(browser.driver
                        .findElement(By.cssSelector("nav a[aria-current=page]"))
                        .getText())
                .isEqualTo("My learning");
        WebElement reason = browser.driver.findElement(By.cssSelector(".pw-reason"));
        assertThat(reason.getText()).isNotBlank();
        long width = (Long) browser.driver.executeScript("return document.documentElement.scrollWidth");
        assertThat(width).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        Axe.assertNoSeriousViolations(browser, "learner pathway");

        String policy = given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", session)
                .get("/learn")
                .header("Content-Security-Policy");
        assertThat(policy)
                .contains("script-src 'self'", "frame-ancestors 'self'")
                .doesNotContain("frame-ancestors 'none'");

        WebElement start = browser.driver.findElement(By.cssSelector("a.pw-start"));
        String unit = URI.create(start.getAttribute("href")).getPath().replace("/play/", "");
        assertThat(browser.driver.findElement(By.cssSelector(".pw-progress")).getText())
                .contains("0 of 2 steps done");
        assertThat(start.getText()).isEqualTo("Start The grip");
        browser.click(By.cssSelector("a.pw-start"));
        browser.wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("pw-sco"));
        // the SCO reports itself completed as it opens
        browser.wait.until(ExpectedConditions.textToBe(By.id("status"), "Completed"));
        browser.driver.switchTo().defaultContent();
        JsonPath attempts = awaitAttempt(session, unit);
        assertThat(attempts.getList("$")).isNotEmpty();
        assertThat(attempts.getString("[0].id")).isNotBlank();

        // back on the pathway: the module is done (once its statements reached the learner record), the next is
        // the second module, and the progress says so
        browser.open(SessionUrls.url(server.baseUrl(), pathwayPath, session));
        long deadline = System.currentTimeMillis() + 30_000;
        while (!browser.driver
                        .findElement(By.cssSelector(".pw-progress"))
                        .getText()
                        .contains("1 of 2 steps")
                && System.currentTimeMillis() < deadline) {
            sleep(500);
            browser.open(SessionUrls.url(server.baseUrl(), pathwayPath, session));
        }
        assertThat(browser.driver.findElement(By.cssSelector(".pw-progress")).getText())
                .contains("50%", "1 of 2 steps done");
        assertThat(browser.driver
                        .findElement(By.cssSelector(".pw-step.pw-done"))
                        .getText())
                .contains("The grip", "Done");
        assertThat(browser.driver.findElement(By.cssSelector("a.pw-start")).getText())
                .isEqualTo("Start The stroke");
        assertThat(browser.driver.findElement(By.id("pw-progress-bar")).getAttribute("value"))
                .isEqualTo("50");
        Axe.assertNoSeriousViolations(browser, "learner pathway with a module done");
    }

    /** The accessibility check is not vacuous: a page with an image without text and an unnamed button fails it. */
    @Test
    void axeCheckFailsOnAnImageWithoutTextAndAnUnnamedButton() {
        browser.open("about:blank");
        browser.driver.executeScript("document.documentElement.lang = 'en'; document.title = 'Broken';"
                + " document.body.innerHTML = '<main><h1>Broken</h1><img src=\"x.png\"><button></button></main>';");
        assertThatThrownBy(() -> Axe.assertNoSeriousViolations(browser, "a broken page"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("critical image-alt")
                .hasMessageContaining("critical button-name");
    }

    @Test
    void launchWithAFrenchLocaleShowsTheLearnerPagesInFrench() {
        String learner = "french-learner-" + System.nanoTime();
        String session = given().baseUri(server.baseUrl())
                .contentType("application/json")
                .body(Map.of(
                        "learnerId",
                        learner,
                        "name",
                        "Léa Apprenante",
                        "roles",
                        List.of("learner"),
                        "contextId",
                        "french-course-" + System.nanoTime(),
                        "locale",
                        "fr-FR"))
                .post("/api/dev/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        browser.open(SessionUrls.url(server.baseUrl(), "/learn", session));
        assertThat(browser.driver.findElement(By.cssSelector("html")).getAttribute("lang"))
                .startsWith("fr");
        assertThat(browser.h1()).isEqualTo("Votre apprentissage");
        assertThat(browser.driver
                        .findElement(By.cssSelector("nav a[aria-current=page]"))
                        .getText())
                .isEqualTo("Mon apprentissage");
        assertThat(browser.driver.findElement(By.cssSelector("a.skip")).getAttribute("textContent"))
                .isEqualTo("Aller au contenu principal");
        Axe.assertNoSeriousViolations(browser, "learner page in French");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private JsonPath awaitAttempt(String session, String unit) {
        long deadline = System.currentTimeMillis() + 20_000;
        JsonPath latest;
        do {
            latest = given().baseUri(server.baseUrl())
                    .header("X-Pathwise-Session", session)
                    .get("/api/runtime/units/" + unit + "/attempts")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (!latest.getList("$").isEmpty()) {
                return latest;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } while (System.currentTimeMillis() < deadline);
        return latest;
    }

    private static String query(String url, String name) {
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(
                        pair.substring(name.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new IllegalStateException("no " + name + " in " + url);
    }
}
