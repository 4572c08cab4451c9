package org.pathwise.lti.core.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.lti.core.claims.ClaimNames.*;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathwise.lti.core.LaunchException;
import org.pathwise.lti.core.LaunchFailure;
import org.pathwise.lti.core.login.LoginRedirect;
import org.pathwise.lti.core.testplatform.LaunchHarness;
import org.pathwise.lti.core.testplatform.TestPlatform;

/** The certification's known bad payloads and every other way a launch must be refused. */
class RejectedLaunchTest {
    private final LaunchHarness harness = new LaunchHarness();
    private final TestPlatform platform = harness.platform;

    private String validClaimsSignedWith(LoginRedirect login, JWSHeader header, com.nimbusds.jose.JWSSigner signer) {
        return TestPlatform.sign(platform.resourceLinkClaims(login.nonce(), List.of("Learner")), header, signer);
    }

    @Test
    void rejectsHmacSignedToken() throws Exception {
        LoginRedirect login = harness.login();
        String token = validClaimsSignedWith(
                login,
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .keyID("platform-key-0")
                        .build(),
                new MACSigner("a-shared-secret-of-at-least-256-bits-length!"));

        assertThat(harness.rejectedToken(token, login.state()).kind()).isEqualTo(LaunchFailure.WRONG_ALGORITHM);
    }

    @Test
    void rejectsUnsignedToken() {
        LoginRedirect login = harness.login();
        String token = new PlainJWT(new JWTClaimsSet.Builder().subject("4").build()).serialize();

        assertThat(harness.rejectedToken(token, login.state()).kind()).isEqualTo(LaunchFailure.WRONG_ALGORITHM);
    }

    @Test
    void rejectsOtherRsaAlgorithms() {
        LoginRedirect login = harness.login();
        String token = validClaimsSignedWith(
                login,
                new JWSHeader.Builder(JWSAlgorithm.RS512)
                        .keyID("platform-key-0")
                        .build(),
                TestPlatform.signer(platform.signingKey()));

        assertThat(harness.rejectedToken(token, login.state()).kind()).isEqualTo(LaunchFailure.WRONG_ALGORITHM);
    }

    @Test
    void rejectsTokenWithoutKid() {
        LoginRedirect login = harness.login();
        String token = validClaimsSignedWith(
                login, new JWSHeader.Builder(JWSAlgorithm.RS256).build(), TestPlatform.signer(platform.signingKey()));

        assertThat(harness.rejectedToken(token, login.state()).kind()).isEqualTo(LaunchFailure.MISSING_KID);
    }

    @Test
    void rejectsIncorrectKidAfterRefetchingTheKeySetOnce() {
        harness.launch(claims -> {});
        harness.clock.advance(Duration.ofSeconds(31));
        LoginRedirect login = harness.login();
        String token = validClaimsSignedWith(
                login, TestPlatform.rs256("no-such-kid"), TestPlatform.signer(TestPlatform.key(5)));

        assertThat(harness.rejectedToken(token, login.state()).kind()).isEqualTo(LaunchFailure.UNKNOWN_KID);
        assertThat(platform.fetches()).isEqualTo(2);
    }

    @Test
    void doesNotRefetchForAnUnknownKidRightAfterAFetch() {
        LoginRedirect login = harness.login();
        String token = validClaimsSignedWith(
                login, TestPlatform.rs256("no-such-kid"), TestPlatform.signer(TestPlatform.key(5)));

        assertThat(harness.rejectedToken(token, login.state()).kind()).isEqualTo(LaunchFailure.UNKNOWN_KID);
        assertThat(platform.fetches()).isEqualTo(1);
    }

    @Test
    void acceptsKeyRotatedSinceTheCacheWasFilledByRefetchingOnce() {
        harness.launch(claims -> {});
        platform.rotateKey();
        harness.clock.advance(Duration.ofSeconds(31));

        Launch launch = harness.launch(claims -> {});

        assertThat(launch.user().sub()).isEqualTo("4");
        assertThat(platform.fetches()).isEqualTo(2);
    }

    @Test
    void rejectsSignatureByAnotherKeyUnderAKnownKid() {
        LoginRedirect login = harness.login();
        String token = validClaimsSignedWith(
                login, TestPlatform.rs256("platform-key-0"), TestPlatform.signer(TestPlatform.key(5)));

        assertThat(harness.rejectedToken(token, login.state()).kind()).isEqualTo(LaunchFailure.BAD_SIGNATURE);
    }

    @Test
    void rejectsTamperedPayload() {
        LoginRedirect login = harness.login();
        String[] parts = platform.idToken(platform.resourceLinkClaims(login.nonce(), List.of("Learner")))
                .split("\\.");
        String otherPayload = platform.idToken(platform.resourceLinkClaims(login.nonce(), List.of("Instructor")))
                .split("\\.")[1];

        LaunchException e = harness.rejectedToken(parts[0] + "." + otherPayload + "." + parts[2], login.state());

        assertThat(e.kind()).isEqualTo(LaunchFailure.BAD_SIGNATURE);
    }

    @Test
    void rejectsTextThatIsNotAJwt() {
        LoginRedirect login = harness.login();

        assertThat(harness.rejectedToken("not-a-jwt", login.state()).kind()).isEqualTo(LaunchFailure.MALFORMED_JWT);
    }

    @Test
    void rejectsExpiredToken() {
        long now = LaunchHarness.NOW.getEpochSecond();

        LaunchException e = harness.rejectedLaunch(claims -> {
            claims.put("iat", now - 200);
            claims.put("exp", now - 100);
        });

        assertThat(e.kind()).isEqualTo(LaunchFailure.EXPIRED);
    }

    @Test
    void rejectsCertificationIncorrectTimestamps() {
        LaunchException e = harness.rejectedLaunch(claims -> {
            claims.put("iat", 11111L);
            claims.put("exp", 22222L);
        });

        assertThat(e.kind()).isEqualTo(LaunchFailure.EXPIRED);
    }

    @Test
    void rejectsTokenIssuedInTheFuture() {
        long now = LaunchHarness.NOW.getEpochSecond();

        LaunchException e = harness.rejectedLaunch(claims -> {
            claims.put("iat", now + 120);
            claims.put("exp", now + 180);
        });

        assertThat(e.kind()).isEqualTo(LaunchFailure.ISSUED_IN_FUTURE);
    }

    @Test
    void rejectsTokenUsedAfterItsMoodleSixtySecondsEvenWithSkew() {
        LoginRedirect login = harness.login();
        String token = platform.idToken(platform.resourceLinkClaims(login.nonce(), List.of("Learner")));
        harness.clock.advance(Duration.ofSeconds(91));

        assertThat(harness.rejectedToken(token, login.state()).kind()).isEqualTo(LaunchFailure.EXPIRED);
    }

    @Test
    void rejectsWrongIssuer() {
        LaunchException e = harness.rejectedLaunch(claims -> claims.put("iss", "https://evil.example.com"));

        assertThat(e.kind()).isEqualTo(LaunchFailure.WRONG_ISSUER);
    }

    @Test
    void rejectsWrongAudience() {
        LaunchException e = harness.rejectedLaunch(claims -> claims.put("aud", "someone-else"));

        assertThat(e.kind()).isEqualTo(LaunchFailure.WRONG_AUDIENCE);
    }

    @Test
    void rejectsSeveralAudiencesWithoutAuthorizedParty() {
        LaunchException e =
                harness.rejectedLaunch(claims -> claims.put("aud", List.of(TestPlatform.CLIENT_ID, "another-client")));

        assertThat(e.kind()).isEqualTo(LaunchFailure.MISSING_AZP);
    }

    @Test
    void rejectsAuthorizedPartyThatIsNotUs() {
        LaunchException e = harness.rejectedLaunch(claims -> {
            claims.put("aud", List.of(TestPlatform.CLIENT_ID, "another-client"));
            claims.put("azp", "another-client");
        });

        assertThat(e.kind()).isEqualTo(LaunchFailure.WRONG_AZP);
    }

    @Test
    void rejectsReplayedNonceUnderAFreshState() {
        LoginRedirect first = harness.login();
        String token = platform.idToken(platform.resourceLinkClaims(first.nonce(), List.of("Learner")));
        harness.validator.validate(AuthenticationResponse.of(token, first.state()));
        LoginRedirect second = harness.login();

        assertThat(harness.rejectedToken(token, second.state()).kind()).isEqualTo(LaunchFailure.NONCE_REPLAYED);
    }

    @Test
    void rejectsNonceOfAnotherLogin() {
        LoginRedirect first = harness.login();
        LoginRedirect second = harness.login();
        String token = platform.idToken(platform.resourceLinkClaims(first.nonce(), List.of("Learner")));

        assertThat(harness.rejectedToken(token, second.state()).kind()).isEqualTo(LaunchFailure.NONCE_MISMATCH);
    }

    @Test
    void rejectsUnknownState() {
        LoginRedirect login = harness.login();
        String token = platform.idToken(platform.resourceLinkClaims(login.nonce(), List.of("Learner")));

        assertThat(harness.rejectedToken(token, "forged-state").kind()).isEqualTo(LaunchFailure.INVALID_STATE);
    }

    @Test
    void rejectsMissingState() {
        LoginRedirect login = harness.login();
        String token = platform.idToken(platform.resourceLinkClaims(login.nonce(), List.of("Learner")));
        var response = new AuthenticationResponse(
                Optional.of(token), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        LaunchException e = harness.rejection(() -> harness.validator.validate(response));

        assertThat(e.kind()).isEqualTo(LaunchFailure.MISSING_STATE);
    }

    @Test
    void rejectsStateUsedTwice() {
        LoginRedirect login = harness.login();
        String token = platform.idToken(platform.resourceLinkClaims(login.nonce(), List.of("Learner")));
        harness.validator.validate(AuthenticationResponse.of(token, login.state()));

        assertThat(harness.rejectedToken(token, login.state()).kind()).isEqualTo(LaunchFailure.INVALID_STATE);
    }

    @Test
    void rejectsExpiredState() {
        LoginRedirect login = harness.login();
        harness.clock.advance(Duration.ofMinutes(6));
        String token = platform.idToken(platform.resourceLinkClaims(login.nonce(), List.of("Learner")));

        assertThat(harness.rejectedToken(token, login.state()).kind()).isEqualTo(LaunchFailure.INVALID_STATE);
    }

    @Test
    void rejectsUnknownDeployment() {
        LaunchException e = harness.rejectedLaunch(claims -> claims.put(DEPLOYMENT_ID, "deployment-9"));

        assertThat(e.kind()).isEqualTo(LaunchFailure.UNKNOWN_DEPLOYMENT);
        assertThat(e.adminMessage()).contains("deployment-9").contains(TestPlatform.ISSUER);
    }

    @Test
    void rejectsOverlongDeploymentIdEvenWhenNewOnesAreAccepted() {
        platform.replaceRegistration(TestPlatform.registration(
                TestPlatform.ISSUER, TestPlatform.CLIENT_ID, Set.of(TestPlatform.DEPLOYMENT), true));

        LaunchException e = harness.rejectedLaunch(claims -> claims.put(DEPLOYMENT_ID, "d".repeat(256)));

        assertThat(e.kind()).isEqualTo(LaunchFailure.INVALID_CLAIM);
        assertThat(e.claim()).contains(DEPLOYMENT_ID);
    }

    static Stream<Arguments> requiredClaims() {
        return Stream.of(
                missing("nonce", c -> c.remove("nonce")),
                missing("exp", c -> c.remove("exp")),
                missing("iat", c -> c.remove("iat")),
                missing(DEPLOYMENT_ID, c -> c.remove(DEPLOYMENT_ID)),
                missing(VERSION, c -> c.remove(VERSION)),
                missing(MESSAGE_TYPE, c -> c.remove(MESSAGE_TYPE)),
                missing("sub", c -> c.remove("sub")),
                missing(ROLES, c -> c.remove(ROLES)),
                missing(TARGET_LINK_URI, c -> c.remove(TARGET_LINK_URI)),
                missing(RESOURCE_LINK, c -> c.remove(RESOURCE_LINK)),
                missing(RESOURCE_LINK + ".id", c -> c.put(RESOURCE_LINK, Map.of("title", "no id"))),
                missing(CONTEXT + ".id", c -> c.put(CONTEXT, Map.of("title", "no id"))));
    }

    private static Arguments missing(String claim, Consumer<Map<String, Object>> edit) {
        return Arguments.of(claim, edit);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredClaims")
    void rejectsLaunchMissingARequiredClaimAndNamesIt(String claim, Consumer<Map<String, Object>> edit) {
        LaunchException e = harness.rejectedLaunch(edit);

        assertThat(e.kind()).isEqualTo(LaunchFailure.MISSING_CLAIM);
        assertThat(e.claim()).contains(claim);
        assertThat(e.adminMessage()).contains(claim);
    }

    @Test
    void rejectsTargetLinkUriOtherThanTheLoginsAndNamesBoth() {
        LaunchException e = harness.rejectedLaunch(claims -> claims.put(TARGET_LINK_URI, "https://tool.example/other"));

        assertThat(e.kind()).isEqualTo(LaunchFailure.INVALID_CLAIM);
        assertThat(e.claim()).contains(TARGET_LINK_URI);
        assertThat(e.adminMessage()).contains("https://tool.example/other", "but the login was for");
    }

    @Test
    void rejectsWrongLtiVersion() {
        LaunchException e = harness.rejectedLaunch(claims -> claims.put(VERSION, "1.1"));

        assertThat(e.kind()).isEqualTo(LaunchFailure.WRONG_VERSION);
    }

    @Test
    void rejectsUnsupportedMessageType() {
        LaunchException e = harness.rejectedLaunch(claims -> claims.put(MESSAGE_TYPE, "LtiStartProctoring"));

        assertThat(e.kind()).isEqualTo(LaunchFailure.UNSUPPORTED_MESSAGE_TYPE);
    }

    @Test
    void rejectsRolesThatAreNotStrings() {
        LaunchException e = harness.rejectedLaunch(claims -> claims.put(ROLES, List.of(1, 2)));

        assertThat(e.kind()).isEqualTo(LaunchFailure.INVALID_CLAIM);
        assertThat(e.claim()).contains(ROLES);
    }

    static Stream<Arguments> deepLinkingSettingsMembers() {
        return Stream.of(
                Arguments.of("deep_link_return_url"),
                Arguments.of("accept_types"),
                Arguments.of("accept_presentation_document_targets"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deepLinkingSettingsMembers")
    void rejectsDeepLinkingRequestMissingASettingsMember(String member) {
        LaunchException e = harness.rejection(() -> harness.deepLinkingLaunch(claims -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> settings = (Map<String, Object>) claims.get(DEEP_LINKING_SETTINGS);
            settings.remove(member);
        }));

        assertThat(e.kind()).isEqualTo(LaunchFailure.MISSING_CLAIM);
        assertThat(e.claim()).contains(DEEP_LINKING_SETTINGS + "." + member);
    }

    @Test
    void rejectsDeepLinkingRequestWithoutSettings() {
        LaunchException e =
                harness.rejection(() -> harness.deepLinkingLaunch(claims -> claims.remove(DEEP_LINKING_SETTINGS)));

        assertThat(e.claim()).contains(DEEP_LINKING_SETTINGS);
    }

    @Test
    void rejectsDeepLinkingRequestThatCannotTakeAResourceLink() {
        LaunchException e = harness.rejection(() -> harness.deepLinkingLaunch(claims -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> settings = (Map<String, Object>) claims.get(DEEP_LINKING_SETTINGS);
            settings.put("accept_types", List.of("file", "html"));
        }));

        assertThat(e.kind()).isEqualTo(LaunchFailure.INVALID_CLAIM);
    }

    @Test
    void rejectsSubmissionReviewWithoutTheUserReviewed() {
        LaunchException e = harness.rejectedLaunch(claims -> {
            claims.put(MESSAGE_TYPE, "LtiSubmissionReviewRequest");
            claims.put(AGS_ENDPOINT, Map.of("scope", List.of(), "lineitem", "https://lms.example.edu/lineitems/7"));
        });

        assertThat(e.claim()).contains(FOR_USER);
    }

    @Test
    void turnsPlatformErrorResponseIntoReadableFailure() {
        var response = AuthenticationResponse.from(
                Map.of("error", "login_required", "error_description", "third-party cookies blocked", "state", "s"));

        LaunchException e = harness.rejection(() -> harness.validator.validate(response));

        assertThat(e.kind()).isEqualTo(LaunchFailure.PLATFORM_ERROR);
        assertThat(e.adminMessage()).contains("login_required");
        assertThat(e.learnerMessage()).doesNotContain("login_required");
    }

    @Test
    void givesLearnerMessageWithoutTheAdministratorDetail() {
        LaunchException e = harness.rejectedLaunch(claims -> claims.put("aud", "someone-else"));

        assertThat(e.learnerMessage()).isNotBlank().doesNotContain("someone-else");
        assertThat(e.adminMessage()).contains("someone-else").contains(TestPlatform.CLIENT_ID);
        assertThat(e.kind().httpStatus()).isEqualTo(401);
    }
}
