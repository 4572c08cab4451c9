package org.pathwise.lti.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathwise.launcher.PathwiseServer;

/**
 * Plays the browser between the emulated platform and the tool: the OIDC login (keeping the state cookie), then the
 * launch form post; and builds the id_token claims the emulator signs.
 */
final class LtiBrowser {

    static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

    private final PathwiseServer server;
    private final PlatformEmulator platform;

    LtiBrowser(PathwiseServer server, PlatformEmulator platform) {
        this.server = server;
        this.platform = platform;
    }

    /** What the tool's login answered: the authorization request's parameters and the state cookie. */
    record Login(String state, String nonce, Map<String, String> authParams, String stateCookieName, String cookie) {}

    String publicUrl() {
        return server.baseUrl().replace("127.0.0.1", "localhost");
    }

    Login login() {
        Response response = given().baseUri(server.baseUrl())
                .redirects()
                .follow(false)
                .formParam("iss", platform.issuer())
                .formParam("login_hint", "user-4")
                .formParam("target_link_uri", publicUrl() + "/lti/launch")
                .formParam("lti_message_hint", "hint-xyz")
                .formParam("client_id", platform.clientId())
                .formParam("lti_deployment_id", PlatformEmulator.DEPLOYMENT)
                .post("/lti/login");
        assertThat(response.statusCode()).isEqualTo(302);
        URI location = URI.create(response.header("Location"));
        Map<String, String> params = PlatformEmulator.form(location.getRawQuery());
        String state = params.get("state");
        String name = Cookies.STATE_PREFIX + state;
        return new Login(state, params.get("nonce"), params, name, response.getCookie(name));
    }

    Response launch(Login login, String idToken) {
        return given().baseUri(server.baseUrl())
                .redirects()
                .follow(false)
                .cookie(login.stateCookieName(), login.cookie())
                .formParam("id_token", idToken)
                .formParam("state", login.state())
                .post("/lti/launch");
    }

    /** A valid LtiResourceLinkRequest from this platform for the login's nonce. */
    Map<String, Object> resourceLink(String nonce, List<String> roles) {
        Map<String, Object> claims = base(nonce, roles);
        claims.put(LTI + "message_type", "LtiResourceLinkRequest");
        claims.put(LTI + "resource_link", new LinkedHashMap<>(Map.of("id", "link-1", "title", "Pathway 1")));
        claims.put(
                "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
                Map.of(
                        "scope",
                        List.of(
                                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                                "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                        "lineitems",
                        platform.issuer() + "/lineitems?type_id=1",
                        "lineitem",
                        platform.lineItemUrl()));
        claims.put(
                "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
                Map.of("context_memberships_url", platform.membershipsUrl(), "service_versions", List.of("2.0")));
        return claims;
    }

    Map<String, Object> deepLinking(String nonce) {
        Map<String, Object> claims = base(nonce, List.of(MEMBERSHIP + "Instructor"));
        claims.put(LTI + "message_type", "LtiDeepLinkingRequest");
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("deep_link_return_url", platform.issuer() + "/deep-link-return?course=2");
        settings.put("accept_types", List.of("ltiResourceLink"));
        settings.put("accept_presentation_document_targets", List.of("iframe", "window"));
        settings.put("accept_multiple", true);
        settings.put("data", "opaque-data-42");
        claims.put("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", settings);
        return claims;
    }

    private Map<String, Object> base(String nonce, List<String> roles) {
        long now = System.currentTimeMillis() / 1000;
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", platform.issuer());
        claims.put("aud", platform.clientId());
        claims.put("sub", "4");
        claims.put("iat", now);
        claims.put("exp", now + 60);
        claims.put("nonce", nonce);
        claims.put("name", "Ada Lovelace");
        claims.put("email", "ada@example.edu");
        claims.put(LTI + "version", "1.3.0");
        claims.put(LTI + "deployment_id", PlatformEmulator.DEPLOYMENT);
        claims.put(LTI + "target_link_uri", publicUrl() + "/lti/launch");
        claims.put(LTI + "roles", new ArrayList<>(roles));
        claims.put(LTI + "context", new LinkedHashMap<>(Map.of("id", "2", "label", "LTI1", "title", "LTI course")));
        claims.put(
                LTI + "launch_presentation", new LinkedHashMap<>(Map.of("locale", "en", "document_target", "iframe")));
        return claims;
    }
}
