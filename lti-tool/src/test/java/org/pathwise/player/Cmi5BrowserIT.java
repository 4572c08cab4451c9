package org.pathwise.player;

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

/**
 * The CATAPULT "single AU, framed" cmi5 course in headless Chromium: the AU runs in the player page's frame with its
 * launch URL, fetches its token, reads LMS.LaunchData, and the learner pages to the quiz, answers it correctly and
 * exits. The AU's own statements (initialized, passed, completed, terminated) are in the LRS, accepted by the cmi5
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

    @Test
    void theSampleAuIsPlayedPassedAndTheCourseSatisfied() throws Exception {
        Cmi5LaunchIT.server = server;
        String learner = session(server, "cmi5-browser-learner", "learner");
        driver.get(Cmi5LaunchIT.publicUrl() + "/play/" + unit + "?s=" + learner);
        @SuppressWarnings("unchecked")
        Map<String, Object> config = (Map<String, Object>) ((JavascriptExecutor) driver)
                .executeScript("return JSON.parse(document.getElementById('pathwise-config').textContent);");
        String registration = (String) config.get("registration");
        String sessionId = (String) config.get("sessionId");

        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("pw-au"));
        By autopass = By.xpath("//button[contains(., 'Select correct answers')]");
        By bookmarkRestart = By.cssSelector("#bookmark-overlay.full-overlay-visible .restart-button");
        for (int i = 0; i < 30 && driver.findElements(autopass).stream().noneMatch(WebElement::isDisplayed); i++) {
            // the AU reads its bookmark asynchronously; on a slow machine the first pages may already have saved
            // one, and the AU then offers to resume: start from the beginning instead
            List<WebElement> restart = driver.findElements(bookmarkRestart);
            if (!restart.isEmpty() && restart.get(0).isDisplayed()) {
                restart.get(0).click();
                continue;
            }
            wait.until(ExpectedConditions.elementToBeClickable(By.id("next"))).click();
        }
        wait.until(ExpectedConditions.elementToBeClickable(autopass)).click();
        driver.findElement(By.xpath("//button[contains(., 'Submit Answers')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("score-passed")));
        driver.findElement(By.cssSelector("#score-panel .exit-button")).click();
        driver.switchTo().defaultContent();
        JsonPath terminated =
                Cmi5LaunchIT.awaitStatements(registration, "http://adlnet.gov/expapi/verbs/terminated", n -> n >= 1);
        if (terminated.getList("statements").isEmpty()) {
            driver.manage().logs().get("browser").forEach(l -> System.out.println("console: " + l));
        }

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

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pw-status"), "course satisfied"));
        assertThat(driver.findElement(By.id("pw-status")).getText()).contains("passed", "completed");
    }
}
