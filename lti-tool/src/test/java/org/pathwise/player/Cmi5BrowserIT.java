package org.pathwise.player;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.player.PlayerFixtures.session;
import static org.pathwise.player.PlayerFixtures.upload;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;
import org.pathwise.tool.session.SessionUrls;

/**
 * The CATAPULT "single AU, framed" cmi5 course in headless Chromium: the AU runs in the player page's frame with its
 * launch URL, fetches its token, reads LMS.LaunchData, and the learner pages to the quiz, answers it correctly and
 * exits. The AU navigates to the returnURL and the learner lands on the return page (the player page's window, with the
 * result). The AU's own statements (initialized, passed, completed, terminated) are in the LRS, accepted by the cmi5
 * rules, and the LMS has declared the course satisfied.
 */
class Cmi5BrowserIT {

    static PathwiseServer server;
    static ChromeDriver driver;
    static WebDriverWait wait;
    static String unit;

    @BeforeAll
    static void start() {
        server = TestServer.get();
        String instructor = session(server, "cmi5-browser-instructor", "instructor");
        unit = upload(server, instructor, Cmi5LaunchIT.sample("single_au_basic_framed.zip"))
                .getString("units[0].id");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-dev-shm-usage",
                "--autoplay-policy=no-user-gesture-required");
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.ACCEPT);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    /**
     * Waits for the AU's start-up to end: it reads its bookmark after initializing and then either shows the first
     * page (no bookmark) or offers to resume. A slow machine may have let an earlier start of this AU save one; the
     * learner then restarts from the beginning. Clicking Next before that decision would race the bookmark read.
     */
    private static void startFromTheBeginning() {
        By firstPageShown = By.cssSelector("#navmenu li.current");
        By resumeOffered = By.cssSelector("#bookmark-overlay.full-overlay-visible .restart-button");
        wait.until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(firstPageShown),
                ExpectedConditions.visibilityOfElementLocated(resumeOffered)));
        List<WebElement> restart = driver.findElements(resumeOffered);
        if (!restart.isEmpty() && restart.get(0).isDisplayed()) {
            restart.get(0).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#bookmark-overlay")));
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(firstPageShown));
    }

    @Test
    void theSampleAuIsPlayedPassedAndTheLearnerLandsOnTheReturnPage() throws Exception {
        Cmi5LaunchIT.server = server;
        String learner = session(server, "cmi5-browser-learner", "learner");
        driver.get(SessionUrls.url(server.baseUrl(), Cmi5LaunchIT.publicUrl(), "/play/" + unit, learner));
        @SuppressWarnings("unchecked")
        Map<String, Object> config = (Map<String, Object>) ((JavascriptExecutor) driver)
                .executeScript("return JSON.parse(document.getElementById('pathwise-config').textContent);");
        String registration = (String) config.get("registration");
        String sessionId = (String) config.get("sessionId");

        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("pw-au"));
        startFromTheBeginning();
        By autopass = By.xpath("//button[contains(., 'Select correct answers')]");
        for (int i = 0; i < 30 && driver.findElements(autopass).stream().noneMatch(WebElement::isDisplayed); i++) {
            wait.until(ExpectedConditions.elementToBeClickable(By.id("next"))).click();
        }
        wait.until(ExpectedConditions.elementToBeClickable(autopass)).click();
        driver.findElement(By.xpath("//button[contains(., 'Submit Answers')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("score-passed")));
        driver.findElement(By.cssSelector("#score-panel .exit-button")).click();
        driver.switchTo().defaultContent();

        // the AU sends terminated and navigates its frame to the returnURL of LMS.LaunchData; the player page then
        // takes the learner's window there (with a one-time launch handle, so the page shows the result)
        String returnPage = Cmi5LaunchIT.publicUrl() + "/play/cmi5/return/" + sessionId;
        try {
            wait.until(ExpectedConditions.urlContains("/play/cmi5/return/" + sessionId));
        } catch (org.openqa.selenium.TimeoutException e) {
            driver.manage().logs().get("browser").forEach(l -> System.out.println("console: " + l));
            throw e;
        }
        // opened with a one-time handle, which the page takes out of its address
        wait.until(ExpectedConditions.urlToBe(returnPage));
        assertThat(driver.findElement(By.id("pw-cmi5-returned")).getText()).isEqualTo("Activity closed");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("You have left the activity; your results are recorded.");
        assertThat(driver.findElement(By.id("pw-cmi5-result")).getText())
                .contains("passed", "completed", "requirement met", "course satisfied");
        assertThat(driver.findElement(By.id("pw-cmi5-back")).getAttribute("href"))
                .isEqualTo(Cmi5LaunchIT.publicUrl() + "/learn");

        JsonPath statements = Cmi5LaunchIT.lms()
                .queryParam("registration", registration)
                .queryParam("limit", 200)
                .get("/statements")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> auVerbs = new java.util.ArrayList<>();
        for (Map<String, Object> statement : statements.<Map<String, Object>>getList("statements")) {
            JsonPath one =
                    new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(statement));
            List<String> categories = one.getList("context.contextActivities.category.id");
            if (categories != null
                    && categories.contains(Cmi5Au.CMI5)
                    && sessionId.equals(one.getString("context.extensions.'" + Cmi5LaunchIT.SESSION_ID + "'"))) {
                auVerbs.add(one.getString("verb.id"));
            }
        }
        assertThat(auVerbs)
                .contains(
                        "http://adlnet.gov/expapi/verbs/launched",
                        "http://adlnet.gov/expapi/verbs/initialized",
                        "http://adlnet.gov/expapi/verbs/passed",
                        "http://adlnet.gov/expapi/verbs/completed",
                        "http://adlnet.gov/expapi/verbs/terminated");
        assertThat(auVerbs.get(0))
                .as("statements come newest first: terminated is the AU's last")
                .isIn("http://adlnet.gov/expapi/verbs/terminated", Cmi5LaunchIT.SATISFIED);
        Float scaled = statements.getFloat(
                "statements.find { it.verb.id == 'http://adlnet.gov/expapi/verbs/passed' }.result.score.scaled");
        assertThat(scaled).isEqualTo(1.0f);

        JsonPath satisfied = Cmi5LaunchIT.awaitStatements(registration, Cmi5LaunchIT.SATISFIED, n -> n >= 1);
        assertThat(satisfied.getList("statements.object.definition.type"))
                .containsExactly("https://w3id.org/xapi/cmi5/activitytype/course");
        assertThat(satisfied.getString("statements[0].context.extensions.'" + Cmi5LaunchIT.SESSION_ID + "'"))
                .isEqualTo(sessionId);
    }

    @Test
    void whenTheLmsAbandonsTheSessionTheLearnerLandsOnTheReturnPage() {
        Cmi5LaunchIT.server = server;
        String learner = session(server, "cmi5-browser-abandoned", "learner");
        driver.get(SessionUrls.url(server.baseUrl(), Cmi5LaunchIT.publicUrl(), "/play/" + unit, learner));
        @SuppressWarnings("unchecked")
        Map<String, Object> config = (Map<String, Object>) ((JavascriptExecutor) driver)
                .executeScript("return JSON.parse(document.getElementById('pathwise-config').textContent);");
        String sessionId = (String) config.get("sessionId");
        String registration = (String) config.get("registration");
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("pw-au"));
        startFromTheBeginning();
        driver.switchTo().defaultContent();

        // the same AU opened again (another tab): the LMS abandons the running session (cmi5 §9.3.6)
        given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", learner)
                .get("/play/" + unit)
                .then()
                .statusCode(200);

        wait.until(ExpectedConditions.urlContains("/play/cmi5/return/" + sessionId));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("This activity session was closed");
        assertThat(driver.findElement(By.id("pw-cmi5-result")).getText()).contains("requirement: CompletedOrPassed");
        JsonPath abandoned = Cmi5LaunchIT.awaitStatements(registration, Cmi5LaunchIT.ABANDONED, n -> n >= 1);
        assertThat(abandoned.getList("statements.context.extensions.'" + Cmi5LaunchIT.SESSION_ID + "'"))
                .containsExactly(sessionId);
    }
}
