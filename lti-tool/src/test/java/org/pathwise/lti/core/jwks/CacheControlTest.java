package org.pathwise.lti.core.jwks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CacheControlTest {
    @Test
    void readsMaxAge() {
        assertThat(CacheControl.maxAge("public, max-age=3600")).contains(Duration.ofHours(1));
    }

    @Test
    void treatsNoStoreAndNoCacheAsZero() {
        assertThat(CacheControl.maxAge("no-store")).contains(Duration.ZERO);
        assertThat(CacheControl.maxAge("max-age=600, No-Cache")).contains(Duration.ZERO);
    }

    @Test
    void saysNothingWithoutTheHeaderOrMaxAge() {
        assertThat(CacheControl.maxAge(null)).isEmpty();
        assertThat(CacheControl.maxAge("public")).isEmpty();
    }

    @Test
    void treatsGarbledMaxAgeAsZero() {
        assertThat(CacheControl.maxAge("max-age=soon")).contains(Duration.ZERO);
    }
}
