package org.pathwise.lti.platforms;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathwise.tool.platform.ApiException;

class PlatformSpecCheckTest {

    private static PlatformSpec spec(String issuer, String clientId, String jwks) {
        return new PlatformSpec(
                issuer,
                clientId,
                "Moodle",
                "https://lms.example.edu/mod/lti/auth.php",
                "https://lms.example.edu/mod/lti/token.php",
                jwks,
                Optional.empty(),
                false,
                List.of("2"));
    }

    @Test
    void acceptsACompleteRegistration() {
        assertThatCode(() -> PlatformSpecCheck.check(
                        spec("https://lms.example.edu", "abc", "https://lms.example.edu/mod/lti/certs.php")))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesMissingClientId() {
        assertThatThrownBy(() -> PlatformSpecCheck.check(spec("https://lms.example.edu", " ", "https://x/jwks")))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("clientId is required");
    }

    @Test
    void refusesRelativeOrNonHttpEndpoints() {
        assertThatThrownBy(() -> PlatformSpecCheck.check(spec("https://lms.example.edu", "abc", "/certs.php")))
                .hasMessageContaining("jwksUrl must be an absolute http(s) URL");
        assertThatThrownBy(() -> PlatformSpecCheck.check(spec("https://lms.example.edu", "abc", "ftp://x/certs")))
                .hasMessageContaining("jwksUrl must be an absolute http(s) URL");
    }
}
