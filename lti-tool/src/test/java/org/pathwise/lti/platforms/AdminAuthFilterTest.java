package org.pathwise.lti.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AdminAuthFilterTest {

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsAdminWithTheConfiguredSecret() {
        assertThat(AdminAuthFilter.matches(basic("admin:s3cret"), "s3cret")).isTrue();
        assertThat(AdminAuthFilter.matches(basic("admin:s3cret").replace("Basic", "basic"), "s3cret"))
                .isTrue();
    }

    @Test
    void refusesOtherUsersSecretsAndSchemes() {
        assertThat(AdminAuthFilter.matches(basic("root:s3cret"), "s3cret")).isFalse();
        assertThat(AdminAuthFilter.matches(basic("admin:wrong"), "s3cret")).isFalse();
        assertThat(AdminAuthFilter.matches("Bearer s3cret", "s3cret")).isFalse();
        assertThat(AdminAuthFilter.matches("Basic !!notbase64", "s3cret")).isFalse();
        assertThat(AdminAuthFilter.matches(null, "s3cret")).isFalse();
    }
}
