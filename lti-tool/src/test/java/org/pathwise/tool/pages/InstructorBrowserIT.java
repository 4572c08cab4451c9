package org.pathwise.tool.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;
import org.pathwise.player.PlayerFixtures;

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
        assertThat(browser.driver.getCurrentUrl()).contains("/instructor?s=");

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

        browser.click(By.linkText("Pathways"));
        assertThat(browser.h1()).isEqualTo("Pathways");
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

        browser.type("title", "Putting for new hires");
        browser.type("role", "new hire");
        String unit = row.findElement(By.cssSelector("input[name=unit]")).getAttribute("value");
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

        browser.click(By.linkText("Class dashboard"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pathway option")));
        assertThat(browser.driver.findElement(By.id("pathway")).getText()).contains("Putting for new hires");

        launchFromTheDemo("Deep link as instructor");
        WebElement option = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//label[contains(., 'Putting for new hires')]/input")));
        option.click();
        browser.click(By.xpath("//button[text()='Place in course']"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Placed"));
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("Putting for new hires");
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
        given().baseUri(server.baseUrl())
                .queryParam("s", session)
                .contentType("application/zip")
                .body(new byte[] {1, 2, 3})
                .post("/api/content")
                .then()
                .statusCode(403);
    }
}
