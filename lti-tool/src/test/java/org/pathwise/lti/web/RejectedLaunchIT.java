package org.pathwise.lti.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/** Every class of bad launch is refused with a readable page (incident id, no stack trace) and the right status. */
class RejectedLaunchIT {

    static PathwiseServer server;
    static PlatformEmulator platform;
    static LtiBrowser browser;

    @BeforeAll
    static void register() throws Exception {
        server = TestServer.get();
        platform = PlatformEmulator.registeredWith(server);
        browser = new LtiBrowser(server, platform);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    static void assertRefused(Response response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.asString())
                .contains("incident id", "LTI-")
                .doesNotContain("Exception")
                .doesNotContain("at org.");
    }

    private Map<String, Object> learner(String nonce) {
        return browser.resourceLink(nonce, List.of(LtiBrowser.MEMBERSHIP + "Learner"));
    }

    @Test
    void unknownStateIsRefused() {
        LtiBrowser.Login login = browser.login();
        String token = platform.sign(learner(login.nonce()));
        Response response = given().baseUri(server.baseUrl())
                .cookie(Cookies.STATE_PREFIX + "bogus", "bogus")
                .formParam("id_token", token)
                .formParam("state", "bogus")
                .post("/lti/launch");
        assertRefused(response, 400);
    }

    @Test
    void launchWithoutTheStateCookieIsRefused() {
        LtiBrowser.Login login = browser.login();
        Response response = given().baseUri(server.baseUrl())
                .formParam("id_token", platform.sign(learner(login.nonce())))
                .formParam("state", login.state())
                .post("/lti/launch");
        assertRefused(response, 400);
        assertThat(response.asString()).contains("new window");
    }

    @Test
    void replayedNonceIsRefused() {
        LtiBrowser.Login first = browser.login();
        String token = platform.sign(learner(first.nonce()));
        assertThat(browser.launch(first, token).statusCode()).isEqualTo(303);
        LtiBrowser.Login second = browser.login();
        assertRefused(browser.launch(second, token), 401);
    }

    @Test
    void stateIsSingleUse() {
        LtiBrowser.Login login = browser.login();
        assertThat(browser.launch(login, platform.sign(learner(login.nonce()))).statusCode())
                .isEqualTo(303);
        assertRefused(browser.launch(login, platform.sign(learner(login.nonce()))), 400);
    }

    @Test
    void badSignatureIsRefused() {
        LtiBrowser.Login login = browser.login();
        String forged = PlatformEmulator.sign(
                learner(login.nonce()),
                PlatformEmulator.newKey("other"),
                platform.signingKey().getKeyID());
        assertRefused(browser.launch(login, forged), 401);
    }

    @Test
    void rotatedPlatformKeyIsFetchedAgainAndUnknownKidRefused() throws Exception {
        LtiBrowser.Login before = browser.login();
        assertThat(browser.launch(before, platform.sign(learner(before.nonce())))
                        .statusCode())
                .isEqualTo(303);
        int fetches = platform.jwksFetches();
        Thread.sleep(5_500);
        platform.rotateKey("emu-key-rotated");
        LtiBrowser.Login after = browser.login();
        assertThat(browser.launch(after, platform.sign(learner(after.nonce()))).statusCode())
                .isEqualTo(303);
        assertThat(platform.jwksFetches()).isEqualTo(fetches + 1);

        LtiBrowser.Login unknown = browser.login();
        String token = PlatformEmulator.sign(learner(unknown.nonce()), platform.signingKey(), "never-published");
        assertRefused(browser.launch(unknown, token), 401);
    }

    @Test
    void wrongAudienceIsRefused() {
        LtiBrowser.Login login = browser.login();
        Map<String, Object> claims = learner(login.nonce());
        claims.put("aud", "another-tool");
        assertRefused(browser.launch(login, platform.sign(claims)), 401);
    }

    @Test
    void expiredAndIncorrectTimestampsAreRefused() {
        LtiBrowser.Login login = browser.login();
        Map<String, Object> claims = learner(login.nonce());
        long now = System.currentTimeMillis() / 1000;
        claims.put("iat", now - 600);
        claims.put("exp", now - 300);
        assertRefused(browser.launch(login, platform.sign(claims)), 401);

        LtiBrowser.Login cert = browser.login();
        Map<String, Object> ancient = learner(cert.nonce());
        ancient.put("iat", 11111);
        ancient.put("exp", 22222);
        assertRefused(browser.launch(cert, platform.sign(ancient)), 401);
    }

    @Test
    void unknownDeploymentIsRefusedAndRecordedAsThePlatformsLastError() {
        LtiBrowser.Login login = browser.login();
        Map<String, Object> claims = learner(login.nonce());
        claims.put(LtiBrowser.LTI + "deployment_id", "999");
        assertRefused(browser.launch(login, platform.sign(claims)), 403);
        String platforms = given().baseUri(server.baseUrl())
                .auth()
                .preemptive()
                .basic("admin", server.adminSecret())
                .get("/api/admin/platforms")
                .asString();
        assertThat(platforms).contains("deployment_id 999 is not known");
    }

    @Test
    void eachMissingRequiredClaimIsRefused() {
        for (String claim : List.of(
                "sub",
                LtiBrowser.LTI + "version",
                LtiBrowser.LTI + "message_type",
                LtiBrowser.LTI + "roles",
                LtiBrowser.LTI + "deployment_id",
                LtiBrowser.LTI + "resource_link")) {
            LtiBrowser.Login login = browser.login();
            Map<String, Object> claims = learner(login.nonce());
            claims.remove(claim);
            Response response = browser.launch(login, platform.sign(claims));
            assertThat(response.statusCode()).as("without " + claim).isEqualTo(400);
            assertRefused(response, 400);
        }
    }

    @Test
    void platformErrorResponseShowsAFriendlyPage() {
        LtiBrowser.Login login = browser.login();
        Response response = given().baseUri(server.baseUrl())
                .cookie(login.stateCookieName(), login.cookie())
                .formParam("error", "login_required")
                .formParam("error_description", "no session")
                .formParam("state", login.state())
                .post("/lti/launch");
        assertRefused(response, 400);
    }

    @Test
    void loginFromAnUnknownPlatformIsRefusedWithAPage() {
        Response response = given().baseUri(server.baseUrl())
                .queryParam("iss", "https://unknown.example")
                .queryParam("login_hint", "1")
                .queryParam("target_link_uri", browser.publicUrl() + "/lti/launch")
                .get("/lti/login");
        assertRefused(response, 400);
    }

    @Test
    void loginTargetingAnotherSiteIsRefused() {
        Response response = given().baseUri(server.baseUrl())
                .queryParam("iss", platform.issuer())
                .queryParam("client_id", platform.clientId())
                .queryParam("login_hint", "1")
                .queryParam("target_link_uri", "https://evil.example/steal")
                .get("/lti/login");
        assertRefused(response, 400);
    }
}
