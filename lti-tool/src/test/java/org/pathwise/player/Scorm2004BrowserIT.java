package org.pathwise.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.player.PlayerFixtures.golf;
import static org.pathwise.player.PlayerFixtures.session;
import static org.pathwise.player.PlayerFixtures.upload;
import static org.pathwise.player.PlayerFixtures.zip;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/**
 * The Golf SCORM 2004 "Run-Time Advanced Calls" SCO in headless Chromium: objectives seeded from the manifest, the
 * quiz answered (interactions), the passing score of 0.8 applied, and the statements recorded.
 */
class Scorm2004BrowserIT {

    static PathwiseServer server;
    static GolfBrowser browser;
    static String unit;

    @BeforeAll
    static void start() {
        server = TestServer.get();
        String instructor = session(server, "browser2004-instructor", "instructor");
        unit = upload(server, instructor, zip(golf("RunTimeAdvancedCalls_SCORM20043rdEdition")))
                .getString("units[0].id");
        browser = new GolfBrowser(server);
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void quizAnsweredPassesWithInteractionsAndStatements() {
        String learner = session(server, "browser2004-learner", "learner");
        browser.play(unit, learner);
        assertThat(browser.api("return window.API_1484_11.GetValue('cmi.scaled_passing_score')"))
                .isEqualTo("0.8");
        assertThat(browser.api("return window.API_1484_11.GetValue('cmi.objectives._count')"))
                .isEqualTo("5");
        browser.nextToTheEnd();
        browser.answerQuizCorrectly();
        browser.exit();

        JsonPath done = browser.awaitLatestAttempt(learner, unit, a -> a.getString("[0].endedAt") != null);
        assertThat(done.getString("[0].success")).isEqualTo("PASSED");
        assertThat(done.getString("[0].completion")).isEqualTo("COMPLETED");
        assertThat(done.getDouble("[0].scoreScaled")).isEqualTo(1.0);
        assertThat(done.getString("[0].cmi.'cmi.interactions.0.id'")).isNotBlank();
        assertThat(done.getString("[0].lastExit")).isEmpty();

        assertThat(browser.verbs(learner, done.getString("[0].id")))
                .startsWith("initialized")
                .contains("responded", "scored", "completed", "passed")
                .endsWith("terminated");
    }
}
