package org.pathwise.lti.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/** The demo LMS end to end: its buttons go through the real login, authorization and launch, like a browser. */
class DemoPlatformIT {

    static PathwiseServer server;

    @BeforeAll
    static void start() {
        server = TestServer.get();
    }

    /** Follows redirects by hand (keeping the state cookie) until the tool's launch answers. */
    private Response launchThroughTheDemo(String kind) {
        String homePage =
                given().baseUri(server.baseUrl()).get("/demo/platform").asString();
        assertThat(homePage).contains("Launch as learner", "Launch as instructor", "Deep link as instructor");
        Response start = given().baseUri(server.baseUrl())
                .redirects()
                .follow(false)
                .queryParam("as", kind)
                .get("/demo/platform/start");
        assertThat(start.statusCode()).isEqualTo(302);
        Response login =
                given().urlEncodingEnabled(false).redirects().follow(false).get(local(start.header("Location")));
        assertThat(login.statusCode()).isEqualTo(302);
        Map<String, String> cookies = login.getCookies();
        String auth = given().urlEncodingEnabled(false)
                .get(local(login.header("Location")))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Forms form = Forms.read(auth);
        assertThat(form.action()).endsWith("/lti/launch");
        return given().redirects()
                .follow(false)
                .cookies(cookies)
                .formParams(form.fields())
                .post(local(form.action()));
    }

    private String local(String url) {
        URI uri = URI.create(url);
        return server.baseUrl() + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    @Test
    void learnerLaunchLandsOnTheDemoPathwayAndItsScoreReachesTheDemoGradebook() throws Exception {
        Response launch = launchThroughTheDemo("learner");
        assertThat(launch.statusCode()).isEqualTo(303);
        assertThat(launch.header("Location")).contains("/learn?pathway=demo&s=");
        String session = LaunchIT.sessionOf(launch);

        given().baseUri(server.baseUrl())
                .auth()
                .preemptive()
                .basic("admin", server.adminSecret())
                .contentType("application/json")
                .body(Map.of(
                        "sessionId",
                        session,
                        "scoreGiven",
                        7,
                        "scoreMaximum",
                        10,
                        "activityProgress",
                        "Completed",
                        "gradingProgress",
                        "FullyGraded"))
                .post("/api/admin/scores")
                .then()
                .statusCode(202);
        long deadline = System.currentTimeMillis() + 30_000;
        String gradebook = "";
        while (!gradebook.contains("demo-learner") && System.currentTimeMillis() < deadline) {
            Thread.sleep(300);
            gradebook = given().baseUri(server.baseUrl())
                    .get("/demo/platform/gradebook")
                    .asString();
        }
        assertThat(gradebook).contains("demo-learner", "7.0 / 10.0", "FullyGraded");
    }

    @Test
    void instructorLaunchWithoutTargetLandsOnTheInstructorHome() {
        Response launch = launchThroughTheDemo("instructor");
        assertThat(launch.statusCode()).isEqualTo(303);
        assertThat(launch.header("Location")).contains("/instructor?s=");
    }

    @Test
    void deepLinkThroughTheDemoPlacesTheChosenPathway() {
        Response launch = launchThroughTheDemo("deeplink");
        assertThat(launch.header("Location")).contains("/lti/deep-link?s=");
        String session = LaunchIT.sessionOf(launch);
        String response = given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", session)
                .formParam("item", "pathway:demo")
                .post("/lti/deep-link")
                .asString();
        Forms form = Forms.read(response);
        String placed = given().formParams(form.fields())
                .post(local(form.action()))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(placed).contains("Demo pathway", "pathway=demo");
    }
}
