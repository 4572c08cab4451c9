package org.pathwise.lti.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/**
 * Launches through the real endpoints from an emulated platform registered by Dynamic Registration (Moodle 4.3
 * shapes): good launches start a session with the right cookie and frame-ancestors; every bad launch class is
 * refused with a readable page.
 */
class LaunchIT {

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

    @Test
    void teacherLaunchStartsInstructorSessionWithCrossSiteCookieAndFrameAncestors() throws Exception {
        LtiBrowser.Login login = browser.login();
        Response launch = browser.launch(
                login,
                platform.sign(browser.resourceLink(login.nonce(), List.of(LtiBrowser.MEMBERSHIP + "Instructor"))));

        assertThat(launch.statusCode()).isEqualTo(303);
        String session = sessionOf(launch);
        assertThat(launch.header("Location")).startsWith(browser.publicUrl() + "/instructor?s=" + session);
        String cookie = launch.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("pw_session="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("pw_session=" + session, "SameSite=None", "Secure", "HttpOnly", "Path=/");
        assertThat(launch.header("Content-Security-Policy")).isEqualTo("frame-ancestors 'self' " + platform.issuer());
        assertThat(launch.header("X-Frame-Options")).isNotEqualToIgnoringCase("DENY");
        assertThat(storedSession(session)).contains("\"instructor\"", "\"contextId\":\"2\"", "Ada Lovelace");
    }

    @Test
    void studentLaunchWithPathwayLandsOnThePathway() throws Exception {
        LtiBrowser.Login login = browser.login();
        Map<String, Object> claims = browser.resourceLink(login.nonce(), List.of(LtiBrowser.MEMBERSHIP + "Learner"));
        claims.put(LtiBrowser.LTI + "custom", Map.of("pathway", "onboarding 1"));
        Response launch = browser.launch(login, platform.sign(claims));

        assertThat(launch.statusCode()).isEqualTo(303);
        assertThat(launch.header("Location"))
                .isEqualTo(browser.publicUrl() + "/learn?pathway=onboarding+1&s=" + sessionOf(launch));
        assertThat(storedSession(sessionOf(launch))).contains("\"learner\"", platform.lineItemUrl());
    }

    @Test
    void launchWithoutRolesOrPersonalDataStillStartsASession() throws Exception {
        LtiBrowser.Login login = browser.login();
        Map<String, Object> claims = browser.resourceLink(login.nonce(), List.of());
        claims.remove("name");
        claims.remove("email");
        claims.remove(LtiBrowser.LTI + "context");
        claims.put(LtiBrowser.LTI + "custom", Map.of("content", "golf-1"));
        Response launch = browser.launch(login, platform.sign(claims));

        assertThat(launch.statusCode()).isEqualTo(303);
        assertThat(launch.header("Location")).contains("/learn?content=golf-1&s=");
        assertThat(storedSession(sessionOf(launch))).contains("\"learner\"").doesNotContain("ada@example.edu");
    }

    @Test
    void dynamicRegistrationStoredTheMoodleRegistrationWithItsDeployment() {
        assertThat(platform.registrationAuthorizations).contains("Bearer " + PlatformEmulator.REGISTRATION_TOKEN);
        String request = platform.registrationRequests.get(0);
        assertThat(request)
                .contains("\"initiate_login_uri\" : \"" + browser.publicUrl() + "/lti/login\"")
                .contains("LtiDeepLinkingRequest")
                .contains("private_key_jwt");
        String platforms = given().baseUri(server.baseUrl())
                .auth()
                .preemptive()
                .basic("admin", server.adminSecret())
                .get("/api/admin/platforms")
                .asString();
        assertThat(platforms)
                .contains("\"clientId\":\"" + platform.clientId() + "\"")
                .contains("\"deploymentIds\":[\"2\"]")
                .contains("\"jwksUrl\":\"" + platform.issuer() + "/jwks\"")
                .contains("moodle 4.3");
    }

    static String sessionOf(Response launch) {
        String location = launch.header("Location");
        return location.substring(location.indexOf("s=") + 2);
    }

    static String storedSession(String id) throws Exception {
        var db = server.database();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                PreparedStatement ps = c.prepareStatement("SELECT body FROM lti_session WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("session " + id + " stored").isTrue();
                return rs.getString(1);
            }
        }
    }
}
