package org.pathwise.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.player.PlayerFixtures.golf;
import static org.pathwise.player.PlayerFixtures.session;
import static org.pathwise.player.PlayerFixtures.upload;
import static org.pathwise.player.PlayerFixtures.zip;

import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/**
 * The Golf "forced sequential order" SCORM 2004 package (five SCOs, flow and choice, each SCO disabled until the one
 * before it is satisfied, through global objectives) in headless Chromium: the learner reads the first SCO to its last
 * page, the SCO's commit tells the player that the sequencer now accepts continue, the player's Next delivers the
 * second SCO, and the third stays disabled. The first SCO's statements are in the LRS. And the Golf 4th Edition
 * example: notes kept in a shared data store (adl.data) and a jump request to the test hidden from choice.
 */
class SequencingBrowserIT {

    static PathwiseServer server;
    static GolfBrowser browser;
    static List<String> units;
    static List<String> fourth;

    @BeforeAll
    static void start() {
        server = TestServer.get();
        String instructor = session(server, "seq-browser-instructor", "instructor");
        units = upload(server, instructor, zip(golf("SequencingForcedSequential_SCORM20043rdEdition")))
                .getList("units.id");
        fourth = upload(server, instructor, zip(golf("SequencingPostTestRollup4thEd_SCORM20044thEdition")))
                .getList("units.id");
        browser = new GolfBrowser(server);
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void satisfyingTheFirstScoEnablesNextWhichDeliversTheSecondWhileTheThirdStaysDisabled() {
        String learner = session(server, "seq-browser-learner", "learner");
        ChromeDriver driver = browser.driver();
        browser.play(units.get(0), learner);
        driver.switchTo().defaultContent();
        assertThat(driver.findElement(By.id("pw-next")).isEnabled())
                .as("continue is refused until Playing is satisfied")
                .isFalse();
        assertThat(driver.findElement(By.id("pw-previous")).isEnabled()).isFalse();
        assertThat(tocLinks(driver)).as("Etiquette and the rest are disabled").containsExactly("Playing the Game");
        String playingAttempt = (String) driver.executeScript(
                "return JSON.parse(document.getElementById('pathwise-config').textContent).attemptId;");

        driver.switchTo().frame("pw-sco");
        browser.nextToTheEnd();
        driver.switchTo().defaultContent();
        // the SCO commits on its last page (completed, passed); the commit's answer turns Next on
        browser.await().until(ExpectedConditions.elementToBeClickable(By.id("pw-next")));
        assertThat(browser.api("return window.API_1484_11.GetValue('cmi.success_status')"))
                .isEqualTo("passed");
        driver.switchTo().defaultContent();
        driver.findElement(By.id("pw-next")).click();

        browser.await().until(ExpectedConditions.urlContains("/play/" + units.get(1)));
        browser.awaitSco();
        driver.switchTo().defaultContent();
        assertThat(driver.findElement(By.cssSelector("#pw-toc-list [aria-current=page]"))
                        .getText())
                .startsWith("Etiquette");
        assertThat(tocLinks(driver))
                .as("Playing (satisfied) and Etiquette can be chosen; Handicapping waits for Etiquette")
                .containsExactly("Playing the Game", "Etiquette");
        assertThat(driver.findElement(By.xpath("//ol[@id='pw-toc-list']/li[1]")).getText())
                .contains("passed");
        assertThat(driver.findElement(By.id("pw-next")).isEnabled()).isFalse();
        assertThat(driver.findElement(By.id("pw-previous")).isEnabled())
                .as("flow without forwardOnly: back to Playing")
                .isTrue();

        // the first SCO's run, as the LRS holds it (registration = its attempt)
        JsonPath inLrs = awaitTheEnd(playingAttempt);
        List<String> verbs = new java.util.ArrayList<>(inLrs.getList("statements.verb.id", String.class));
        java.util.Collections.reverse(verbs);
        assertThat(verbs)
                .as("oldest first")
                .startsWith("http://adlnet.gov/expapi/verbs/initialized")
                .contains("http://adlnet.gov/expapi/verbs/completed", "http://adlnet.gov/expapi/verbs/passed")
                .endsWith("http://adlnet.gov/expapi/verbs/suspended");
        assertThat(inLrs.getList("statements.object.id", String.class)).allMatch(id -> id.endsWith("/playing_item"));
    }

    /**
     * The Golf 4th Edition SCO loads jQuery from ajax.googleapis.com, which the test machine cannot reach: its launch
     * page fails before it initializes. The test makes the SCO's calls (those of its Notes window and "Skip to the
     * Test" button: adl.data.n.store, adl.nav.request {target=assessment_item}jump, Terminate) on the player page's API.
     */
    @Test
    void fourthEditionJumpGoesToTheTestHiddenFromChoiceAndTheTestReadsTheNotesInTheSharedDataStore() {
        String learner = session(server, "seq-browser-4th", "learner");
        ChromeDriver driver = browser.driver();
        browser.play(fourth.get(0), learner);
        driver.switchTo().defaultContent();
        assertThat(tocLinks(driver)).as("the test is hidden from choice").doesNotContain("Quiz");
        assertThat(scorm(driver, "Initialize('')")).isEqualTo("true");
        assertThat(scorm(driver, "GetValue('adl.data._count')")).isEqualTo("1");
        assertThat(scorm(driver, "GetValue('adl.data.0.id')"))
                .isEqualTo("com.scorm.golfsamples.sequencing.forcedsequential.notesStorage");
        assertThat(scorm(driver, "SetValue('adl.data.0.store', 'Keep the head still')"))
                .isEqualTo("true");
        assertThat(scorm(driver, "SetValue('adl.nav.request', '{target=assessment_item}jump')"))
                .isEqualTo("true");
        scorm(driver, "Terminate('')");

        browser.await().until(ExpectedConditions.urlContains("/play/" + fourth.get(4)));
        browser.await()
                .until(d -> d.findElements(By.cssSelector("#pw-toc-list [aria-current=page]"))
                                .size()
                        == 1);
        assertThat(driver.findElement(By.cssSelector("#pw-toc-list [aria-current=page]"))
                        .getText())
                .startsWith("Quiz");
        assertThat(scorm(driver, "Initialize('')")).isEqualTo("true");
        assertThat(scorm(driver, "GetValue('adl.data.0.store')"))
                .as("the test's SCO maps the same store, written by the first SCO's final commit")
                .isEqualTo("Keep the head still");
    }

    private static String scorm(ChromeDriver driver, String call) {
        driver.switchTo().defaultContent();
        return String.valueOf(driver.executeScript("return window.API_1484_11." + call + ";"));
    }

    /** The attempt's statements once the SCO's last one (suspended or terminated) reached the LRS (newest first). */
    private static JsonPath awaitTheEnd(String registration) {
        Cmi5LaunchIT.server = server;
        JsonPath found = null;
        for (int i = 0; i < 60; i++) {
            found = Cmi5LaunchIT.lms()
                    .queryParam("registration", registration)
                    .queryParam("limit", 100)
                    .get("/statements")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<String> verbs = found.getList("statements.verb.id", String.class);
            if (!verbs.isEmpty()
                    && (verbs.get(0).endsWith("/suspended") || verbs.get(0).endsWith("/terminated"))) {
                return found;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return found;
    }

    private static List<String> tocLinks(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("#pw-toc-list a")).stream()
                .map(WebElement::getText)
                .map(t -> t.replaceAll("(passed|done)$", "").trim())
                .toList();
    }
}
