package org.pathwise.tool.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;
import org.pathwise.player.PlayerFixtures;

/**
 * The instructor builds an item bank on its page in headless Chromium (launched from the demo LMS): three questions
 * picked from the library with their difficulty and competency, the stopping rule; the bank is listed, a pathway made
 * of it on the Pathways page previews with its adaptive question, the bank page names the pathway using it, and
 * deleting the bank then is refused with a sentence naming that pathway. The page passes the axe-core check.
 */
class ItemBankBrowserIT {

    static PathwiseServer server;
    static Chromium browser;
    /** Unit ids of a freshly uploaded package by title (a package of its own: untagged in the demo course). */
    static Map<String, String> unitByTitle = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        server = TestServer.get();
        String uploader = PlayerFixtures.session(server, "bank-browser-uploader", "instructor");
        List<Map<String, Object>> units = PlayerFixtures.upload(
                        server,
                        uploader,
                        PlayerFixtures.zip(PlayerFixtures.golf("ContentPackagingOneFilePerSCO_SCORM20043rdEdition")))
                .getList("units");
        for (Map<String, Object> u : units) {
            unitByTitle.put((String) u.get("title"), (String) u.get("id"));
        }
        browser = new Chromium(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void instructorBuildsAnItemBankOnItsPageAndAPathwayUsesIt() {
        long n = System.nanoTime();
        String bankId = "browser-check-" + n;
        String bankTitle = "Scoring check " + n;
        String pathwayTitle = "Scoring, adaptively " + n;

        browser.open(server.baseUrl() + "/demo/platform");
        browser.click(By.xpath("//button[text()='Launch as instructor']"));
        // the course's framework, as InstructorBrowserIT imports it (whichever runs first)
        browser.click(By.linkText("Pathways"));
        browser.type("csv", InstructorBrowserIT.DEMO_FRAMEWORK + "putting,Putting,golf\n");
        browser.click(By.cssSelector("#framework button[type=submit]"));
        assertThat(browser.mainText()).contains("Saved.");
        browser.click(By.linkText("Item banks"));
        assertThat(browser.h1()).isEqualTo("Item banks");
        Axe.assertNoSeriousViolations(browser, "item banks page");

        browser.type("bankId", bankId);
        browser.type("title", bankTitle);
        browser.type("minItems", "2");
        browser.type("maxItems", "3");
        browser.type("targetStandardError", "0.6");
        Map<String, String> difficulties = Map.of("Par", "-2", "Keeping Score", "0.2", "Other Scoring Systems", "2");
        for (Map.Entry<String, String> q : difficulties.entrySet()) {
            String unit = unitByTitle.get(q.getKey());
            assertThat(unit).as("uploaded unit " + q.getKey()).isNotNull();
            browser.toggle(By.xpath("//input[@name='item' and @value='" + unit + "']"));
            WebElement difficulty = browser.driver.findElement(By.xpath("//input[@name='difficulty:" + unit + "']"));
            difficulty.clear();
            difficulty.sendKeys(q.getValue());
            browser.toggle(By.xpath("//input[@name='competency:" + unit + "' and @value='golf.playing']"));
        }
        browser.click(By.cssSelector("#bank-form button[type=submit]"));

        assertThat(browser.mainText()).contains("Saved.");
        WebElement listed = browser.driver.findElement(By.cssSelector("li[data-bank='" + bankId + "']"));
        assertThat(listed.getText())
                .contains(bankTitle, "3 questions", "at most 0.6, after 2 to 3 questions", "Not in any pathway yet.");
        assertThat(browser.driver.findElement(By.cssSelector("#bank-form h2")).getText())
                .as("the saved bank stays in the form, to edit")
                .isEqualTo("Edit the item bank “" + bankTitle + "”");
        assertThat(browser.driver
                        .findElement(By.xpath("//input[@name='difficulty:" + unitByTitle.get("Keeping Score") + "']"))
                        .getAttribute("value"))
                .isEqualTo("0.2");
        Axe.assertNoSeriousViolations(browser, "item banks page with a saved bank");

        browser.click(By.linkText("Pathways"));
        browser.type("title", pathwayTitle);
        browser.type("role", "item bank check");
        browser.toggle(By.xpath("//label[text()='" + bankTitle + " (item bank)']/preceding-sibling::input"));
        browser.click(By.cssSelector("#new-pathway button[type=submit]"));
        assertThat(browser.mainText()).contains(pathwayTitle);

        browser.click(By.xpath("//li[h3[text()='" + pathwayTitle + "']]//a[text()='Preview for a learner profile']"));
        assertThat(browser.mainText())
                .as("the pathway's first step is the bank's most informative question at ability 0")
                .contains(
                        "Keeping Score",
                        "This question from " + bankTitle + " was chosen to match your current level.");

        browser.click(By.linkText("Item banks"));
        listed = browser.driver.findElement(By.cssSelector("li[data-bank='" + bankId + "']"));
        assertThat(listed.getText()).contains("Used by the pathways “" + pathwayTitle + "”");
        browser.click(By.cssSelector("li[data-bank='" + bankId + "'] form button[type=submit]"));
        WebElement refused = browser.driver.findElement(By.cssSelector("main [role=alert]"));
        assertThat(refused.getText())
                .isEqualTo("Not deleted: “" + bankTitle + "” is a step of the pathways “" + pathwayTitle
                        + "”. Remove it from them first (Pathways page).");
        assertThat(browser.driver.findElements(By.cssSelector("li[data-bank='" + bankId + "']")))
                .as("still there")
                .hasSize(1);
        Axe.assertNoSeriousViolations(browser, "item banks page with a refused delete");

        browser.click(By.cssSelector("li[data-bank='" + bankId + "'] a"));
        browser.type("maxItems", "2");
        browser.click(By.cssSelector("#bank-form button[type=submit]"));
        assertThat(browser.driver
                        .findElement(By.cssSelector("li[data-bank='" + bankId + "']"))
                        .getText())
                .as("edited")
                .contains("after 2 to 2 questions");
    }
}
