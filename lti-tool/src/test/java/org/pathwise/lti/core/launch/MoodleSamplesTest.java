package org.pathwise.lti.core.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathwise.lti.core.MoodleFixtures;
import org.pathwise.lti.core.claims.Role;
import org.pathwise.lti.core.login.LoginInitiation;
import org.pathwise.lti.core.login.LoginRedirect;
import org.pathwise.lti.core.testplatform.LaunchHarness;
import org.pathwise.lti.core.testplatform.TestPlatform;

/**
 * Moodle 4.3's own login initiation and id_token claims (re-signed by the emulator, which stands in for Moodle's
 * key) go through the real login and validation chain.
 */
class MoodleSamplesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String MOODLE = "http://localhost:8080";
    private static final String CLIENT = "CmREAZWYRlsRHD3";

    private final LaunchHarness harness = new LaunchHarness();

    private LaunchHarness moodleHarness() {
        harness.platform.replaceRegistration(new org.pathwise.lti.core.registration.PlatformRegistration(
                MOODLE,
                CLIENT,
                MOODLE + "/mod/lti/auth.php",
                MOODLE + "/mod/lti/token.php",
                TestPlatform.JWKS_URI,
                Set.of("1"),
                false,
                java.util.Optional.empty()));
        return harness;
    }

    private Map<String, String> loginFields() throws Exception {
        JsonNode sample = MAPPER.readTree(MoodleFixtures.read("login-initiation.json"));
        return MAPPER.convertValue(sample.path("fields"), new TypeReference<Map<String, String>>() {});
    }

    private LoginRedirect moodleLogin() throws Exception {
        var service = new org.pathwise.lti.core.login.LoginService(
                harness.platform,
                harness.states,
                harness.nonces,
                new org.pathwise.lti.core.login.LoginSettings(
                        "http://localhost:9000/lti/launch",
                        Set.of("http://localhost:9000"),
                        java.time.Duration.ofMinutes(5)),
                harness.clock);
        return service.initiate(LoginInitiation.from(loginFields()));
    }

    /** The fixtures are the captured samples of shared/standards, byte for byte (checked when that folder is there). */
    @Test
    void fixturesAreTheSharedMoodleSamples() throws Exception {
        java.nio.file.Path shared = java.nio.file.Path.of("../../shared/standards/moodle-4.3-samples");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.Files.isDirectory(shared), "shared/standards not beside the repository");
        for (String name : java.util.List.of(
                "login-initiation.json",
                "id-token-claims.json",
                "openid-configuration.json",
                "dynamic-registration-response.json")) {
            assertThat(MoodleFixtures.read(name))
                    .as(name)
                    .isEqualTo(java.nio.file.Files.readString(shared.resolve(name)));
        }
    }

    @Test
    void handlesMoodleLoginInitiation() throws Exception {
        moodleHarness();

        LoginRedirect redirect = moodleLogin();

        assertThat(redirect.location()).startsWith(MOODLE + "/mod/lti/auth.php?");
        assertThat(redirect.parameters())
                .containsEntry("client_id", CLIENT)
                .containsEntry("login_hint", "4")
                .containsEntry("lti_message_hint", "{\"cmid\":1,\"launchid\":\"ltilaunch1_270284151\"}")
                .containsEntry("redirect_uri", "http://localhost:9000/lti/launch");
        assertThat(LoginInitiation.from(loginFields()).deploymentIdHint()).contains("1");
    }

    @Test
    void validatesMoodleIdTokenClaims() throws Exception {
        moodleHarness();
        Map<String, Object> claims = MAPPER.readValue(
                MoodleFixtures.read("id-token-claims.json"), new TypeReference<Map<String, Object>>() {});
        harness.clock.set(Instant.ofEpochSecond(((Number) claims.get("iat")).longValue()));
        LoginRedirect redirect = moodleLogin();
        claims.put("nonce", redirect.nonce());
        harness.clock.advance(java.time.Duration.ofSeconds(5));

        Launch launch = harness.validator.validate(
                AuthenticationResponse.of(harness.platform.idToken(claims), redirect.state()));

        assertThat(launch.messageType()).isEqualTo(MessageType.RESOURCE_LINK);
        assertThat(launch.deploymentId()).isEqualTo("1");
        assertThat(launch.roles().mapped()).containsExactly(Role.LEARNER);
        assertThat(launch.user().name()).contains("София Новикова");
        assertThat(launch.context().orElseThrow().types()).containsExactly("CourseSection");
        assertThat(launch.resourceLink().orElseThrow().id()).isEqualTo("1");
        assertThat(launch.ags().orElseThrow().lineItem())
                .contains("http://localhost:8080/mod/lti/services.php/2/lineitems/2/lineitem?type_id=1");
        assertThat(launch.nrps().orElseThrow().serviceVersions()).containsExactly("1.0", "2.0");
        assertThat(launch.custom()).containsKey("context_memberships_url");
        assertThat(launch.platform().orElseThrow().productFamilyCode()).contains("moodle");
        assertThat(launch.locale()).contains("en");
    }

    @Test
    void rejectsMoodleTokenOnceItsSixtySecondsAndTheSkewHavePassed() throws Exception {
        moodleHarness();
        Map<String, Object> claims = MAPPER.readValue(
                MoodleFixtures.read("id-token-claims.json"), new TypeReference<Map<String, Object>>() {});
        harness.clock.set(Instant.ofEpochSecond(((Number) claims.get("iat")).longValue()));
        LoginRedirect redirect = moodleLogin();
        claims.put("nonce", redirect.nonce());
        harness.clock.advance(java.time.Duration.ofSeconds(91));

        var e = harness.rejectedToken(harness.platform.idToken(claims), redirect.state());

        assertThat(e.kind()).isEqualTo(org.pathwise.lti.core.LaunchFailure.EXPIRED);
    }
}
