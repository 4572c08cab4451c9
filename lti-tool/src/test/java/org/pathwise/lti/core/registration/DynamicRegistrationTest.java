package org.pathwise.lti.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathwise.lti.core.MoodleFixtures;

class DynamicRegistrationTest {
    private static final String CONFIG_URL = "http://localhost:8080/mod/lti/openid-configuration.php";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ToolDescription TOOL = new ToolDescription(
            "Pathwise",
            Optional.of("Personalized learning pathways"),
            "localhost:9000",
            "http://localhost:9000/lti/login",
            List.of("http://localhost:9000/lti/launch"),
            "http://localhost:9000/.well-known/jwks.json",
            "http://localhost:9000/lti/launch",
            "http://localhost:9000/lti/launch",
            List.of(
                    "https://purl.imsglobal.org/spec/lti-ags/scope/score",
                    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                    "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
                    "https://example.com/scope/not-offered"),
            List.of("iss", "sub", "name", "given_name", "family_name", "email"),
            Map.of("pathway", "$ResourceLink.id"),
            Optional.empty());

    private final OpenIdConfiguration moodle =
            OpenIdConfiguration.parse(MoodleFixtures.read("openid-configuration.json"), CONFIG_URL);

    @Test
    void parsesMoodleOpenIdConfiguration() {
        assertThat(moodle.issuer()).isEqualTo("http://localhost:8080");
        assertThat(moodle.authorizationEndpoint()).isEqualTo("http://localhost:8080/mod/lti/auth.php");
        assertThat(moodle.tokenEndpoint()).isEqualTo("http://localhost:8080/mod/lti/token.php");
        assertThat(moodle.jwksUri()).isEqualTo("http://localhost:8080/mod/lti/certs.php");
        assertThat(moodle.registrationEndpoint()).isEqualTo("http://localhost:8080/mod/lti/openid-registration.php");
        assertThat(moodle.productFamilyCode()).contains("moodle");
        assertThat(moodle.supportsMessage("LtiDeepLinkingRequest")).isTrue();
        assertThat(moodle.scopesSupported()).contains("https://purl.imsglobal.org/spec/lti-ags/scope/score");
    }

    @Test
    void rejectsConfigurationWhoseIssuerIsOnAnotherHost() {
        assertThatThrownBy(() -> OpenIdConfiguration.parse(
                        MoodleFixtures.read("openid-configuration.json"), "https://attacker.example/openid"))
                .isInstanceOfSatisfying(RegistrationException.class, e -> assertThat(e.kind())
                        .isEqualTo(RegistrationException.Kind.ISSUER_MISMATCH));
    }

    @Test
    void rejectsConfigurationWithoutRegistrationEndpoint() {
        String json = MoodleFixtures.read("openid-configuration.json").replace("\"registration_endpoint\"", "\"x\"");

        assertThatThrownBy(() -> OpenIdConfiguration.parse(json, CONFIG_URL))
                .hasMessageContaining("registration_endpoint");
    }

    @Test
    void buildsRegistrationRequestWithEveryRequiredMember() throws Exception {
        JsonNode request = MAPPER.readTree(ToolRegistrationRequest.json(TOOL, moodle));

        assertThat(request.path("application_type").asText()).isEqualTo("web");
        assertThat(request.path("response_types").toString()).isEqualTo("[\"id_token\"]");
        assertThat(request.path("grant_types").toString()).isEqualTo("[\"implicit\",\"client_credentials\"]");
        assertThat(request.path("initiate_login_uri").asText()).isEqualTo("http://localhost:9000/lti/login");
        assertThat(request.path("redirect_uris").toString()).isEqualTo("[\"http://localhost:9000/lti/launch\"]");
        assertThat(request.path("jwks_uri").asText()).isEqualTo("http://localhost:9000/.well-known/jwks.json");
        assertThat(request.path("token_endpoint_auth_method").asText()).isEqualTo("private_key_jwt");
        assertThat(request.path("client_name").asText()).isEqualTo("Pathwise");
        JsonNode config = request.path(ToolRegistrationRequest.TOOL_CONFIGURATION);
        assertThat(config.path("domain").asText()).isEqualTo("localhost:9000");
        assertThat(config.path("target_link_uri").asText()).isEqualTo("http://localhost:9000/lti/launch");
        assertThat(config.path("claims").toString()).contains("\"sub\"", "\"email\"");
        assertThat(config.findValuesAsText("type")).containsExactly("LtiResourceLinkRequest", "LtiDeepLinkingRequest");
        assertThat(config.path("custom_parameters").path("pathway").asText()).isEqualTo("$ResourceLink.id");
    }

    @Test
    void asksOnlyForScopesThePlatformOffers() throws Exception {
        String scope = MAPPER.readTree(ToolRegistrationRequest.json(TOOL, moodle))
                .path("scope")
                .asText();

        assertThat(scope.split(" "))
                .contains("https://purl.imsglobal.org/spec/lti-ags/scope/score")
                .doesNotContain("https://example.com/scope/not-offered");
    }

    @Test
    void parsesMoodleRegistrationResponseIntoARegistration() {
        RegistrationResponse response =
                RegistrationResponse.parse(MoodleFixtures.read("dynamic-registration-response.json"));

        PlatformRegistration registration = response.toRegistration(moodle, false);

        assertThat(response.clientId()).isEqualTo("ZV4Ev28J6cShxVV");
        assertThat(response.deploymentId()).contains("2");
        assertThat(registration.issuer()).isEqualTo("http://localhost:8080");
        assertThat(registration.clientId()).isEqualTo("ZV4Ev28J6cShxVV");
        assertThat(registration.deploymentIds()).containsExactly("2");
        assertThat(registration.jwksUri()).isEqualTo("http://localhost:8080/mod/lti/certs.php");
        assertThat(registration.assertionAudience()).isEqualTo("http://localhost:8080/mod/lti/token.php");
    }

    @Test
    void rejectsRegistrationResponseWithoutClientId() {
        assertThatThrownBy(() -> RegistrationResponse.parse("{\"error\":\"invalid_client_metadata\"}"))
                .isInstanceOfSatisfying(RegistrationException.class, e -> assertThat(e.kind())
                        .isEqualTo(RegistrationException.Kind.INVALID_RESPONSE));
    }

    @Test
    void buildsCanvasDeveloperKeyConfiguration() throws Exception {
        JsonNode key = MAPPER.readTree(CanvasDeveloperKey.json(TOOL, "public"));

        assertThat(key.path("oidc_initiation_url").asText()).isEqualTo("http://localhost:9000/lti/login");
        assertThat(key.path("public_jwk_url").asText()).isEqualTo("http://localhost:9000/.well-known/jwks.json");
        assertThat(key.path("target_link_uri").asText()).isEqualTo("http://localhost:9000/lti/launch");
        assertThat(key.path("scopes")).hasSize(4);
        JsonNode extension = key.path("extensions").get(0);
        assertThat(extension.path("platform").asText()).isEqualTo("canvas.instructure.com");
        assertThat(extension.path("privacy_level").asText()).isEqualTo("public");
        assertThat(extension.path("settings").path("placements").findValuesAsText("message_type"))
                .contains("LtiResourceLinkRequest", "LtiDeepLinkingRequest");
    }
}
