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
 * The Golf SCORM 1.2 "Runtime Basic Calls" SCO in headless Chromium: a page close that saves through the beacon, a
 * relaunch that resumes at the bookmark, the quiz answered, and the saved state, score and statements checked.
 */
class Scorm12BrowserIT {

    static PathwiseServer server;
    static GolfBrowser browser;
    static String unit;

    @BeforeAll
    static void start() {
        server = TestServer.get();
        String instructor = session(server, "browser12-instructor", "instructor");
        unit = upload(server, instructor, zip(golf("RuntimeBasicCalls_SCORM12")))
                .getString("units[0].id");
        browser = new GolfBrowser(server);
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void closedPageIsSavedResumedAndTheQuizPassed() {
        String learner = session(server, "browser12-learner", "learner");
        browser.play(unit, learner);
        assertThat(browser.api("return window.API.cmi.core.entry")).isEqualTo("ab-initio");
        assertThat(browser.api("return window.API.cmi.core.student_id")).isEqualTo("browser12-learner");
        browser.next(3);
        browser.closePage();

        JsonPath suspended =
                browser.awaitLatestAttempt(learner, unit, a -> "suspend".equals(a.getString("[0].lastExit")));
        assertThat(suspended.getString("[0].lastExit")).isEqualTo("suspend");
        assertThat(suspended.getString("[0].location")).isEqualTo("3");
        assertThat(suspended.getString("[0].completion")).isEqualTo("INCOMPLETE");
        assertThat(suspended.getString("[0].cmi.'cmi.core.session_time'")).matches("\\d{2,4}:\\d{2}:\\d{2}(\\.\\d+)?");
        String attemptId = suspended.getString("[0].id");

        browser.play(unit, learner);
        assertThat(browser.api("return window.API.cmi.core.entry")).isEqualTo("resume");
        assertThat(browser.api("return window.API.cmi.core.lesson_location")).isEqualTo("3");
        browser.nextToTheEnd();
        browser.answerQuizCorrectly();
        browser.exit();

        JsonPath done = browser.awaitLatestAttempt(learner, unit, a -> a.getString("[0].endedAt") != null);
        assertThat(done.getString("[0].id")).isEqualTo(attemptId);
        assertThat(done.getString("[0].success")).isEqualTo("PASSED");
        assertThat(done.getString("[0].completion")).isEqualTo("COMPLETED");
        assertThat(done.getDouble("[0].scoreRaw")).isEqualTo(100.0);
        assertThat(done.getString("[0].cmi.'cmi.core.lesson_status'")).isEqualTo("passed");

        assertThat(browser.verbs(learner, attemptId))
                .containsSubsequence("initialized", "suspended", "resumed", "scored", "passed", "terminated");
    }
}
