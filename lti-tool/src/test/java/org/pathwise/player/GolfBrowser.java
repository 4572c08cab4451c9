package org.pathwise.player;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.function.Predicate;
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
import org.pathwise.tool.session.SessionUrls;

/**
 * Headless Chromium driving the Golf example SCOs in the player page: the SCO's launch page (frame {@code pw-sco})
 * with its Previous/Next/Exit buttons and its content frame ({@code contentFrame}) holding the pages and the quiz.
 * The SCO's confirm() prompts ("resume where you left off?", "save your progress?") are accepted.
 */
final class GolfBrowser implements AutoCloseable {

    private final PathwiseServer server;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    GolfBrowser(PathwiseServer server) {
        this.server = server;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-dev-shm-usage");
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.ACCEPT);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Opens the player page of a unit and waits for the SCO's launch page to show its navigation. */
    void play(String unitId, String session) {
        driver.switchTo().defaultContent();
        driver.get(SessionUrls.url(server.baseUrl(), "/play/" + unitId, session));
        acceptPrompts();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("pw-sco"));
        acceptPrompts();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("butNext")));
    }

    /** Opens the player page of a unit and switches to the content frame once the content has loaded. */
    void open(String unitId, String session) {
        driver.switchTo().defaultContent();
        driver.get(SessionUrls.url(server.baseUrl(), "/play/" + unitId, session));
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("pw-sco"));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Runs a script in the current frame. */
    Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** The browser, for tests that look at the player page itself (its bar, contents and address). */
    ChromeDriver driver() {
        return driver;
    }

    WebDriverWait await() {
        return wait;
    }

    /** Waits for the SCO's launch page in the player page now loaded (after a navigation of the player). */
    void awaitSco() {
        driver.switchTo().defaultContent();
        acceptPrompts();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("pw-sco"));
        acceptPrompts();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("butNext")));
    }

    /** Waits until the SCO has called Initialize on the player page's SCORM 2004 API. */
    void awaitInitialized() {
        driver.switchTo().defaultContent();
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !!(window.API_1484_11 && window.API_1484_11.isInitialized());")));
        driver.switchTo().frame("pw-sco");
    }

    /** A value of the run-time API object in the player page. */
    Object api(String script) {
        driver.switchTo().defaultContent();
        Object value = ((JavascriptExecutor) driver).executeScript(script);
        driver.switchTo().frame("pw-sco");
        return value;
    }

    void next(int times) {
        for (int i = 0; i < times; i++) {
            acceptPrompts();
            WebElement next = wait.until(ExpectedConditions.elementToBeClickable(By.id("butNext")));
            next.click();
        }
    }

    /** Clicks Next until the last page (the quiz). */
    void nextToTheEnd() {
        while (driver.findElement(By.id("butNext")).isEnabled()) {
            next(1);
        }
    }

    /** Answers every question of the quiz page right and submits it. */
    void answerQuizCorrectly() {
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("contentFrame"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[value='Submit Answers']")));
        for (WebElement choice : driver.findElements(By.cssSelector(".correctAnswer input"))) {
            choice.click();
        }
        ((JavascriptExecutor) driver)
                .executeScript(
                        "for (var i in test.Questions) { var q = test.Questions[i];"
                                + " if (q.Type === 'numeric') {"
                                + " document.getElementById('question_' + q.Id + '_Text').value = String(q.CorrectAnswer); } }");
        driver.findElement(By.cssSelector("input[value='Submit Answers']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("test"), "Score: 100"));
        driver.switchTo().parentFrame();
    }

    void exit() {
        acceptPrompts();
        driver.findElement(By.id("butExit")).click();
        acceptPrompts();
    }

    /** Leaves the page as a closing tab does: the SCO's unload handlers run and the final commit is a beacon. */
    void closePage() {
        driver.switchTo().defaultContent();
        driver.get("about:blank");
        acceptPrompts();
    }

    private void acceptPrompts() {
        for (int i = 0; i < 3; i++) {
            try {
                driver.switchTo().alert().accept();
            } catch (org.openqa.selenium.NoAlertPresentException e) {
                return;
            }
        }
    }

    /** Polls the learner's attempts on the unit until the latest one matches (beacons arrive asynchronously). */
    JsonPath awaitLatestAttempt(String session, String unitId, Predicate<JsonPath> condition) {
        long deadline = System.currentTimeMillis() + 20_000;
        JsonPath latest;
        do {
            latest = given().baseUri(server.baseUrl())
                    .header("X-Pathwise-Session", session)
                    .get("/api/runtime/units/" + unitId + "/attempts")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (condition.test(latest)) {
                return latest;
            }
            sleep();
        } while (System.currentTimeMillis() < deadline);
        return latest;
    }

    /** The verbs (display names) of the statements recorded for an attempt, in order. */
    java.util.List<String> verbs(String session, String attemptId) {
        return given()
                .baseUri(server.baseUrl())
                .header("X-Pathwise-Session", session)
                .get("/api/runtime/" + attemptId + "/statements")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("body", String.class)
                .stream()
                .map(b -> JsonPath.from(b).getString("verb.display.en-US"))
                .toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
