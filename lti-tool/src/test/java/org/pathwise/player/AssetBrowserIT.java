package org.pathwise.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.player.PlayerFixtures.golf;
import static org.pathwise.player.PlayerFixtures.session;
import static org.pathwise.player.PlayerFixtures.upload;
import static org.pathwise.player.PlayerFixtures.zip;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/**
 * SCORM assets in headless Chromium, with the Golf "CP One File Per SCO" package whose every resource is an asset
 * (found on a real Moodle 4.1: a pathway over it could never be completed): a page that never calls the API counts
 * as completed once delivered. An asset that does call the API (a test package) is recorded like a SCO.
 */
class AssetBrowserIT {

    static PathwiseServer server;
    static GolfBrowser browser;
    static Map<String, String> units;

    @BeforeAll
    static void start() {
        server = TestServer.get();
        String instructor = session(server, "asset-instructor", "instructor");
        JsonPath pkg = upload(server, instructor, zip(golf("ContentPackagingOneFilePerSCO_SCORM12")));
        List<Map<String, Object>> list = pkg.getList("units");
        units = new java.util.HashMap<>();
        for (Map<String, Object> u : list) {
            units.put(String.valueOf(u.get("title")), String.valueOf(u.get("id")));
        }
        browser = new GolfBrowser(server);
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void anAssetThatNeverCallsTheApiIsCompletedOnceDelivered() {
        String learner = session(server, "asset-reader", "learner");
        String unit = units.get("How to Play");
        browser.open(unit, learner);

        JsonPath done = browser.awaitLatestAttempt(learner, unit, a -> a.getString("[0].endedAt") != null);
        assertThat(done.getString("[0].completion")).isEqualTo("COMPLETED");
        assertThat(done.getString("[0].cmi.'cmi.core.lesson_status'")).isEqualTo("completed");
        assertThat(browser.verbs(learner, done.getString("[0].id"))).contains("completed");
    }

    @Test
    void anAssetQuizThatNeverCallsTheApiIsCompletedWithoutAScore() {
        // the Golf quizzes report to their SCO's launch page (parent.RecordTest), which this package does not have
        String learner = session(server, "asset-quiz-taker", "learner");
        String unit = units.get("Playing Golf Quiz");
        browser.open(unit, learner);

        JsonPath done = browser.awaitLatestAttempt(learner, unit, a -> a.getString("[0].endedAt") != null);
        assertThat(done.getString("[0].completion")).isEqualTo("COMPLETED");
        assertThat(done.getString("[0].scoreRaw")).isNull();
    }

    @Test
    void anAssetThatCallsTheApiIsRecordedLikeASco() {
        String instructor = session(server, "asset-instructor", "instructor");
        String unit = upload(server, instructor, zip(PlayerFixtures.testPackage("talking-asset-scorm12")))
                .getString("units[0].id");
        String learner = session(server, "asset-self-checker", "learner");
        browser.open(unit, learner);

        JsonPath done = browser.awaitLatestAttempt(learner, unit, a -> a.getString("[0].endedAt") != null);
        assertThat(done.getDouble("[0].scoreRaw")).isEqualTo(80.0);
        assertThat(done.getString("[0].success")).isEqualTo("PASSED");
        assertThat(done.getString("[0].cmi.'cmi.core.lesson_status'")).isEqualTo("passed");
    }
}
