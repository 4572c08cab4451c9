package org.pathwise.lti.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/** Deep Linking, grades through the score queue, and the NRPS roster, against the emulated platform. */
class ServicesIT {

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

    private String launch(Map<String, Object> claims, LtiBrowser.Login login) {
        Response response = browser.launch(login, platform.sign(claims));
        assertThat(response.statusCode()).isEqualTo(303);
        return LaunchIT.sessionOf(response);
    }

    @Test
    @SuppressWarnings("unchecked")
    void deepLinkingReturnsASignedResponseWithCustomAndLineItem() throws Exception {
        LtiBrowser.Login login = browser.login();
        Response launch = browser.launch(login, platform.sign(browser.deepLinking(login.nonce())));
        assertThat(launch.statusCode()).isEqualTo(303);
        assertThat(launch.header("Location")).contains("/lti/deep-link?s=");
        String session = LaunchIT.sessionOf(launch);
        String unit = org.pathwise.player.PlayerFixtures.upload(
                        server,
                        session,
                        org.pathwise.player.PlayerFixtures.zip(
                                org.pathwise.player.PlayerFixtures.golf("RuntimeBasicCalls_SCORM12")))
                .getString("units[0].id");
        String pathway = given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", session)
                .contentType("application/json")
                .body(Map.of("title", "Golf for new players", "steps", List.of(unit), "gradeMode", "completion"))
                .post("/api/pathways")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        String picker = given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", session)
                .get("/lti/deep-link")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(picker).contains("Golf for new players", "value=\"pathway:" + pathway + "\"", "1 units");
        // the demo pathway belongs to the demo LMS's course: a real platform placing it got the plain content list
        assertThat(picker).doesNotContain("Demo pathway", "pathway:demo");

        String form = given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", session)
                .formParam("item", "pathway:" + pathway)
                .post("/lti/deep-link")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Forms posted = Forms.read(form);
        assertThat(posted.action()).isEqualTo(platform.issuer() + "/deep-link-return?course=2");

        SignedJWT jwt = SignedJWT.parse(posted.fields().get("JWT"));
        JWKSet toolKeys =
                JWKSet.parse(given().baseUri(server.baseUrl()).get("/lti/jwks").asString());
        RSAKey key = (RSAKey) toolKeys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(platform.clientId());
        assertThat(claims.getAudience()).containsExactly(platform.issuer());
        assertThat(claims.getClaim("https://purl.imsglobal.org/spec/lti/claim/message_type"))
                .isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getClaim("https://purl.imsglobal.org/spec/lti/claim/deployment_id"))
                .isEqualTo(PlatformEmulator.DEPLOYMENT);
        assertThat(claims.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data"))
                .isEqualTo("opaque-data-42");
        List<Object> items =
                (List<Object>) claims.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
        Map<String, Object> item = (Map<String, Object>) items.get(0);
        assertThat(item).containsEntry("type", "ltiResourceLink").containsEntry("custom", Map.of("pathway", pathway));
        assertThat((Map<String, Object>) item.get("lineItem"))
                .containsEntry("scoreMaximum", 100L)
                .containsEntry("resourceId", "pathway:" + pathway);
    }

    @Test
    void scoreReachesThePlatformAfterOneFailedAttempt() throws Exception {
        LtiBrowser.Login login = browser.login();
        String session = launch(browser.resourceLink(login.nonce(), List.of(LtiBrowser.MEMBERSHIP + "Learner")), login);

        given().baseUri(server.baseUrl())
                .auth()
                .preemptive()
                .basic("admin", server.adminSecret())
                .contentType("application/json")
                .body(Map.of(
                        "sessionId",
                        session,
                        "scoreGiven",
                        80,
                        "scoreMaximum",
                        100,
                        "activityProgress",
                        "Completed",
                        "gradingProgress",
                        "FullyGraded"))
                .post("/api/admin/scores")
                .then()
                .statusCode(202);

        long deadline = System.currentTimeMillis() + 30_000;
        while (platform.scores.stream().noneMatch(s -> s.answeredStatus() == 200)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        assertThat(platform.scores)
                .extracting(PlatformEmulator.Received::answeredStatus)
                .containsExactly(503, 200);
        PlatformEmulator.Received accepted = platform.scores.get(1);
        assertThat(accepted.path()).isEqualTo("/lineitems/7/lineitem/scores?type_id=1");
        assertThat(accepted.contentType()).isEqualTo("application/vnd.ims.lis.v1.score+json");
        assertThat(accepted.authorization()).startsWith("Bearer emu-token-");
        assertThat(accepted.body().path("userId").asText()).isEqualTo("4");
        assertThat(accepted.body().path("scoreGiven").asDouble()).isEqualTo(80.0);
        assertThat(accepted.body().path("gradingProgress").asText()).isEqualTo("FullyGraded");
        assertThat(platform.clientAssertions).isNotEmpty();
        assertThat(platform.tokenScopes.stream().filter(scope -> scope.contains("/scope/score")))
                .as("one access token for both attempts: cached until it expires")
                .hasSize(1);

        String queue = given().baseUri(server.baseUrl())
                .auth()
                .preemptive()
                .basic("admin", server.adminSecret())
                .queryParam("status", "SENT")
                .get("/api/admin/scores")
                .asString();
        assertThat(queue).contains("\"attempts\":2", "503");
    }

    @Test
    void rosterFollowsThePlatformsPagesAndPagesItsAnswer() {
        LtiBrowser.Login login = browser.login();
        String session =
                launch(browser.resourceLink(login.nonce(), List.of(LtiBrowser.MEMBERSHIP + "Instructor")), login);
        int before = platform.membershipRequests.size();

        Response page = given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", session)
                .queryParam("limit", 3)
                .get("/api/roster");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.jsonPath().getInt("total")).isEqualTo(5);
        assertThat(page.jsonPath().getList("members.userId")).containsExactly("u0", "u1", "u2");
        assertThat(page.jsonPath().getString("next")).isEqualTo("/api/roster?offset=3&limit=3");
        assertThat(platform.membershipRequests.size() - before).isEqualTo(3);

        Response last = given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", session)
                .queryParam("offset", 3)
                .queryParam("limit", 3)
                .get("/api/roster");
        assertThat(last.jsonPath().getList("members.userId")).containsExactly("u3", "u4");
        assertThat(last.jsonPath().getString("next")).isNull();
    }

    @Test
    void rosterIsForInstructorsOnly() {
        LtiBrowser.Login login = browser.login();
        String session = launch(browser.resourceLink(login.nonce(), List.of(LtiBrowser.MEMBERSHIP + "Learner")), login);
        given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", session)
                .get("/api/roster")
                .then()
                .statusCode(403);
        given().baseUri(server.baseUrl()).get("/api/roster").then().statusCode(401);
    }

    @Test
    void adminApiNeedsTheAdminSecretAndManagesPlatforms() {
        given().baseUri(server.baseUrl()).get("/api/admin/platforms").then().statusCode(401);
        Map<String, Object> body = Map.of(
                "issuer", "https://canvas.instructure.com",
                "clientId", "10000000000001",
                "name", "Canvas",
                "authUrl", "https://sso.canvaslms.com/api/lti/authorize_redirect",
                "tokenUrl", "https://sso.canvaslms.com/login/oauth2/token",
                "jwksUrl", "https://sso.canvaslms.com/api/lti/security/jwks",
                "acceptNewDeployments", true,
                "deploymentIds", List.of("1:abc"));
        Response created = admin().body(body).post("/api/admin/platforms");
        assertThat(created.statusCode()).isEqualTo(201);
        long id = created.jsonPath().getLong("id");
        admin().body(body).post("/api/admin/platforms").then().statusCode(409);
        admin().body(Map.of("clientId", "x"))
                .post("/api/admin/platforms")
                .then()
                .statusCode(400);
        admin().body(Map.of("deploymentId", "2:def"))
                .post("/api/admin/platforms/" + id + "/deployments")
                .then()
                .statusCode(200);
        assertThat(admin().get("/api/admin/platforms/" + id).jsonPath().getList("deploymentIds"))
                .containsExactly("1:abc", "2:def");
        admin().delete("/api/admin/platforms/" + id).then().statusCode(204);
        admin().get("/api/admin/platforms/" + id).then().statusCode(404);
    }

    @Test
    void keyRotationKeepsTheOldKeyPublished() throws Exception {
        String before = admin().get("/api/admin/keys").jsonPath().getString("current");
        String after = admin().post("/api/admin/keys/rotate").jsonPath().getString("current");
        assertThat(after).isNotEqualTo(before);
        JWKSet published =
                JWKSet.parse(given().baseUri(server.baseUrl()).get("/lti/jwks").asString());
        assertThat(published.getKeys()).extracting(k -> k.getKeyID()).contains(before, after);
        assertThat(published.getKeys())
                .allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
    }

    private io.restassured.specification.RequestSpecification admin() {
        return given().baseUri(server.baseUrl())
                .auth()
                .preemptive()
                .basic("admin", server.adminSecret())
                .contentType("application/json");
    }
}
