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
import org.pathwise.tool.session.SessionUrls;

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
        assertThat(launch.header("Location")).startsWith(browser.publicUrl() + "/instructor?s=");
        assertThat(launch.header("Location"))
                .as("the address carries a one-time handle, never the session id")
                .doesNotContain(session);
        String cookie = launch.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("pw_session="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("pw_session=" + session, "SameSite=None", "Secure", "HttpOnly", "Path=/");
        assertThat(frameAncestors(launch.header("Content-Security-Policy")))
                .isEqualTo("frame-ancestors 'self' " + platform.issuer());
        assertThat(launch.header("X-Frame-Options")).isNotEqualToIgnoringCase("DENY");
        assertThat(storedSession(session)).contains("\"instructor\"", "\"contextId\":\"2\"", "Ada Lovelace");
        String platforms = given().baseUri(server.baseUrl())
                .auth()
                .preemptive()
                .basic("admin", server.adminSecret())
                .get("/api/admin/platforms")
                .asString();
        assertThat(platforms)
                .as("the admin API shows when the platform last launched")
                .containsPattern("\"clientId\":\"" + platform.clientId() + "\"[^}]*\"lastLaunchAt\":\"20");
    }

    @Test
    void loginByGetRedirectsToTheAuthorizationEndpointWithEveryOidcParameter() {
        Response response = given().baseUri(server.baseUrl())
                .redirects()
                .follow(false)
                .queryParam("iss", platform.issuer())
                .queryParam("login_hint", "user-9")
                .queryParam("target_link_uri", browser.publicUrl() + "/lti/launch")
                .queryParam("lti_message_hint", "{\"cmid\":1,\"launchid\":\"ltilaunch1_270284151\"}")
                .queryParam("client_id", platform.clientId())
                .queryParam("lti_deployment_id", PlatformEmulator.DEPLOYMENT)
                .get("/lti/login");

        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.header("Location");
        assertThat(location).startsWith(platform.issuer() + "/auth?");
        Map<String, String> params =
                PlatformEmulator.form(java.net.URI.create(location).getRawQuery());
        assertThat(params)
                .containsEntry("scope", "openid")
                .containsEntry("response_type", "id_token")
                .containsEntry("response_mode", "form_post")
                .containsEntry("prompt", "none")
                .containsEntry("client_id", platform.clientId())
                .containsEntry("redirect_uri", browser.publicUrl() + "/lti/launch")
                .containsEntry("login_hint", "user-9")
                .containsEntry("lti_message_hint", "{\"cmid\":1,\"launchid\":\"ltilaunch1_270284151\"}");
        assertThat(java.util.Base64.getUrlDecoder().decode(params.get("state"))).hasSizeGreaterThanOrEqualTo(16);
        assertThat(java.util.Base64.getUrlDecoder().decode(params.get("nonce"))).hasSizeGreaterThanOrEqualTo(16);
        String cookie = response.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Cookies.STATE_PREFIX + params.get("state") + "="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("SameSite=None", "Secure", "HttpOnly", "Max-Age=600");
    }

    @Test
    void noResponseOfTheLaunchFlowCarriesXFrameOptions() {
        LtiBrowser.Login login = browser.login();
        Response launch = browser.launch(
                login,
                platform.sign(browser.resourceLink(login.nonce(), List.of(LtiBrowser.MEMBERSHIP + "Instructor"))));
        assertThat(launch.statusCode()).isEqualTo(303);
        assertThat(launch.header("X-Frame-Options")).isNull();
        assertThat(launch.header("Content-Security-Policy")).startsWith("frame-ancestors 'self' ");

        Response page = given().baseUri(server.baseUrl())
                .queryParam("s", SessionUrls.handleIn(launch.header("Location")))
                .get("/instructor");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("X-Frame-Options")).isNull();
        assertThat(frameAncestors(page.header("Content-Security-Policy")))
                .isEqualTo("frame-ancestors 'self' " + platform.issuer());
        assertThat(launch.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.header("Referrer-Policy"))
                .as("the ?s= handle (spent or not) does not leak to other sites")
                .isIn("same-origin", "no-referrer");

        Response refused = browser.launch(browser.login(), "not-a-jwt");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.header("X-Frame-Options")).isNull();

        Response loginByGet = given().baseUri(server.baseUrl())
                .redirects()
                .follow(false)
                .queryParam("iss", platform.issuer())
                .queryParam("login_hint", "1")
                .queryParam("client_id", platform.clientId())
                .queryParam("target_link_uri", browser.publicUrl() + "/lti/launch")
                .get("/lti/login");
        assertThat(loginByGet.statusCode()).isEqualTo(302);
        assertThat(loginByGet.header("X-Frame-Options")).isNull();

        Response staticFile = given().baseUri(server.baseUrl()).get("/api-docs/index.html");
        assertThat(staticFile.statusCode()).isEqualTo(200);
        assertThat(staticFile.header("X-Frame-Options")).isNull();
    }

    @Test
    void pagesMayBeFramedByThePlatformPageThatLaunchedThemAsCanvasFramesFromTheSchoolsHost() {
        LtiBrowser.Login login = browser.login();
        Map<String, Object> claims = browser.resourceLink(login.nonce(), List.of(LtiBrowser.MEMBERSHIP + "Instructor"));
        claims.put(
                LtiBrowser.LTI + "launch_presentation",
                Map.of(
                        "document_target",
                        "iframe",
                        "return_url",
                        "https://school.example.edu/courses/1/external_content/success/external_tool_redirect"));
        Response launch = browser.launch(login, platform.sign(claims));
        assertThat(launch.statusCode()).isEqualTo(303);
        assertThat(frameAncestors(launch.header("Content-Security-Policy")))
                .isEqualTo("frame-ancestors 'self' " + platform.issuer() + " https://school.example.edu");

        Response page = given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", sessionOf(launch))
                .get("/instructor");
        assertThat(frameAncestors(page.header("Content-Security-Policy")))
                .isEqualTo("frame-ancestors 'self' " + platform.issuer() + " https://school.example.edu");
    }

    @Test
    void studentLaunchWithPathwayLandsOnThePathway() throws Exception {
        LtiBrowser.Login login = browser.login();
        Map<String, Object> claims = browser.resourceLink(login.nonce(), List.of(LtiBrowser.MEMBERSHIP + "Learner"));
        claims.put(LtiBrowser.LTI + "custom", Map.of("pathway", "onboarding 1"));
        Response launch = browser.launch(login, platform.sign(claims));

        assertThat(launch.statusCode()).isEqualTo(303);
        assertThat(launch.header("Location"))
                .startsWith(browser.publicUrl() + "/learn?pathway=onboarding+1&s=")
                .doesNotContain(sessionOf(launch));
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

    @Test
    void registrationPageClosesThePlatformWindowAndTellsTheAdminToActivate() {
        String page = given().baseUri(server.baseUrl())
                .queryParam("openid_configuration", platform.configurationUrl())
                .queryParam("registration_token", PlatformEmulator.REGISTRATION_TOKEN)
                .get("/lti/register")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("(window.opener||window.parent).postMessage({subject:'org.imsglobal.lti.close'},'*')")
                .contains("<em>pending</em>", "Manage tools");
        String platforms = given().baseUri(server.baseUrl())
                .auth()
                .preemptive()
                .basic("admin", server.adminSecret())
                .get("/api/admin/platforms")
                .asString();
        assertThat(platforms.split("\"clientId\":\"" + platform.clientId() + "\"", -1))
                .as("registering again updates the registration")
                .hasSize(2);
    }

    @Test
    void toolKeySetIsPublishedAsJsonWithRs256SigningKeysOfAtLeast2048Bits() throws Exception {
        for (String path : List.of("/.well-known/jwks.json", "/lti/jwks")) {
            Response response = given().baseUri(server.baseUrl()).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.contentType()).as(path).startsWith("application/json");
            var keys = com.nimbusds.jose.jwk.JWKSet.parse(response.asString()).getKeys();
            assertThat(keys).as(path).isNotEmpty().allSatisfy(key -> {
                var rsa = (com.nimbusds.jose.jwk.RSAKey) key;
                assertThat(rsa.isPrivate()).isFalse();
                assertThat(rsa.getKeyID()).isNotBlank();
                assertThat(rsa.getAlgorithm().getName()).isEqualTo("RS256");
                assertThat(rsa.getKeyUse().identifier()).isEqualTo("sig");
                assertThat(rsa.size()).isGreaterThanOrEqualTo(2048);
            });
        }
    }

    static String sessionOf(Response launch) {
        return SessionUrls.ofLaunch(launch);
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

    /** The frame-ancestors directive of a Content-Security-Policy (pages add their own directives around it). */
    private static String frameAncestors(String policy) {
        assertThat(policy).as("Content-Security-Policy").isNotNull();
        return java.util.Arrays.stream(policy.split(";"))
                .map(String::trim)
                .filter(d -> d.startsWith("frame-ancestors "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no frame-ancestors in: " + policy));
    }
}
