package org.pathwise.lti.core.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathwise.lti.core.LaunchException;
import org.pathwise.lti.core.LaunchFailure;
import org.pathwise.lti.core.testplatform.LaunchHarness;
import org.pathwise.lti.core.testplatform.TestPlatform;

class LoginServiceTest {
    private final LaunchHarness harness = new LaunchHarness();

    @Test
    void redirectsToPlatformAuthEndpointWithEveryOidcParameter() {
        LoginRedirect redirect = harness.login();

        assertThat(redirect.parameters())
                .containsEntry("scope", "openid")
                .containsEntry("response_type", "id_token")
                .containsEntry("response_mode", "form_post")
                .containsEntry("prompt", "none")
                .containsEntry("client_id", TestPlatform.CLIENT_ID)
                .containsEntry("redirect_uri", TestPlatform.LAUNCH_URL)
                .containsEntry("login_hint", "4")
                .containsEntry("lti_message_hint", "{\"cmid\":1}")
                .containsEntry("state", redirect.state())
                .containsEntry("nonce", redirect.nonce());
    }

    @Test
    void locationCarriesTheParametersUrlEncodedInTheQuery() {
        LoginRedirect redirect = harness.login();

        URI location = URI.create(redirect.location());
        Map<String, String> query = Arrays.stream(location.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));

        assertThat(redirect.location()).startsWith(TestPlatform.ISSUER + "/auth?");
        assertThat(query).isEqualTo(redirect.parameters());
    }

    @Test
    void storesStateAndNonceAsLongRandomSingleUseValues() {
        LoginRedirect first = harness.login();
        LoginRedirect second = harness.login();

        assertThat(first.state()).hasSizeGreaterThanOrEqualTo(22).isNotEqualTo(second.state());
        assertThat(first.nonce()).hasSizeGreaterThanOrEqualTo(22).isNotEqualTo(second.nonce());
        assertThat(harness.nonces.contains(first.nonce())).isTrue();
        assertThat(harness.states.take(first.state()).orElseThrow().nonce()).isEqualTo(first.nonce());
        assertThat(harness.states.take(first.state())).isEmpty();
    }

    @Test
    void omitsMessageHintWhenThePlatformSentNone() {
        var params = harness.loginParams();
        params.remove("lti_message_hint");

        LoginRedirect redirect = harness.loginService.initiate(LoginInitiation.from(params));

        assertThat(redirect.parameters()).doesNotContainKey("lti_message_hint");
    }

    @ParameterizedTest
    @ValueSource(strings = {"iss", "login_hint", "target_link_uri"})
    void rejectsLoginWithoutARequiredParameter(String name) {
        var params = harness.loginParams();
        params.remove(name);

        LaunchException e = harness.rejection(() -> LoginInitiation.from(params));

        assertThat(e.kind()).isEqualTo(LaunchFailure.MISSING_PARAMETER);
        assertThat(e.adminMessage()).contains(name);
    }

    @Test
    void rejectsUnknownIssuerAndClientWithAClientError() {
        var params = harness.loginParams();
        params.put("client_id", "unknown-client");

        LaunchException e = harness.rejection(() -> harness.loginService.initiate(LoginInitiation.from(params)));

        assertThat(e.kind()).isEqualTo(LaunchFailure.UNKNOWN_REGISTRATION);
        assertThat(e.kind().httpStatus()).isBetween(400, 499);
    }

    @Test
    void picksTheOnlyRegistrationOfAnIssuerWhenClientIdIsAbsent() {
        var params = harness.loginParams();
        params.remove("client_id");

        LoginRedirect redirect = harness.loginService.initiate(LoginInitiation.from(params));

        assertThat(redirect.parameters()).containsEntry("client_id", TestPlatform.CLIENT_ID);
    }

    @Test
    void usesClientIdToChooseAmongRegistrationsOfASharedIssuer() {
        harness.platform.addRegistration(
                TestPlatform.registration(TestPlatform.ISSUER, "second-client", Set.of("d2"), false));
        var params = harness.loginParams();
        params.put("client_id", "second-client");

        LoginRedirect redirect = harness.loginService.initiate(LoginInitiation.from(params));

        assertThat(redirect.parameters()).containsEntry("client_id", "second-client");
    }

    @Test
    void rejectsAmbiguousIssuerWithoutClientId() {
        harness.platform.addRegistration(
                TestPlatform.registration(TestPlatform.ISSUER, "second-client", Set.of("d2"), false));
        var params = harness.loginParams();
        params.remove("client_id");

        LaunchException e = harness.rejection(() -> harness.loginService.initiate(LoginInitiation.from(params)));

        assertThat(e.kind()).isEqualTo(LaunchFailure.UNKNOWN_REGISTRATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example.com/lti/launch", "https://tool.example.org.evil.com/x", "/relative"})
    void rejectsTargetLinkUriOutsideTheToolOrigins(String target) {
        var params = harness.loginParams();
        params.put("target_link_uri", target);

        LaunchException e = harness.rejection(() -> harness.loginService.initiate(LoginInitiation.from(params)));

        assertThat(e.kind()).isEqualTo(LaunchFailure.TARGET_NOT_ALLOWED);
    }

    @Test
    void acceptsCanvasDeploymentIdParameterAsTheHint() {
        var params = harness.loginParams();
        params.remove("lti_deployment_id");
        params.put("deployment_id", "canvas-7");

        assertThat(LoginInitiation.from(params).deploymentIdHint()).contains("canvas-7");
    }

    @Test
    void keepsPlatformStorageTargetForTheLaunch() {
        var params = harness.loginParams();
        params.put("lti_storage_target", "_parent");

        LoginRedirect redirect = harness.loginService.initiate(LoginInitiation.from(params));

        assertThat(redirect.storageTarget()).contains("_parent");
        assertThat(harness.states.take(redirect.state()).orElseThrow().storageTarget())
                .contains("_parent");
    }
}
