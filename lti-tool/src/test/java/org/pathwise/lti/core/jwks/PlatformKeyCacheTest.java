package org.pathwise.lti.core.jwks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathwise.lti.core.LaunchException;
import org.pathwise.lti.core.LaunchFailure;
import org.pathwise.lti.core.testplatform.LaunchHarness;
import org.pathwise.lti.core.testplatform.MutableClock;
import org.pathwise.lti.core.testplatform.TestPlatform;

class PlatformKeyCacheTest {
    private final MutableClock clock = new MutableClock(LaunchHarness.NOW);
    private final TestPlatform platform = new TestPlatform(clock);
    private final PlatformKeyCache cache =
            new PlatformKeyCache(platform, clock, Duration.ofMinutes(10), Duration.ofSeconds(30));
    private final String kid = platform.signingKey().getKeyID();

    @Test
    void servesKnownKeyFromCacheWithinMaxAge() {
        platform.cacheFor(Optional.of(Duration.ofMinutes(5)));
        cache.key(TestPlatform.JWKS_URI, kid);
        clock.advance(Duration.ofMinutes(4));

        assertThat(cache.key(TestPlatform.JWKS_URI, kid).toPublicJWK())
                .isEqualTo(platform.signingKey().toPublicJWK());
        assertThat(platform.fetches()).isEqualTo(1);
    }

    @Test
    void refetchesWhenMaxAgeHasPassed() {
        platform.cacheFor(Optional.of(Duration.ofMinutes(5)));
        cache.key(TestPlatform.JWKS_URI, kid);
        clock.advance(Duration.ofMinutes(5));

        cache.key(TestPlatform.JWKS_URI, kid);

        assertThat(platform.fetches()).isEqualTo(2);
    }

    @Test
    void refetchesEveryTimeWhenPlatformSaysNoStore() {
        platform.cacheFor(Optional.of(Duration.ZERO));
        cache.key(TestPlatform.JWKS_URI, kid);
        cache.key(TestPlatform.JWKS_URI, kid);

        assertThat(platform.fetches()).isEqualTo(2);
    }

    @Test
    void usesDefaultLifetimeWhenPlatformSaysNothing() {
        platform.cacheFor(Optional.empty());
        cache.key(TestPlatform.JWKS_URI, kid);
        clock.advance(Duration.ofMinutes(9));
        cache.key(TestPlatform.JWKS_URI, kid);

        assertThat(platform.fetches()).isEqualTo(1);
    }

    @Test
    void refetchesOnceForAnUnknownKidThenFindsTheRotatedKey() {
        cache.key(TestPlatform.JWKS_URI, kid);
        platform.rotateKey();
        clock.advance(Duration.ofMinutes(1));

        String newKid = platform.signingKey().getKeyID();

        assertThat(cache.key(TestPlatform.JWKS_URI, newKid).getKeyID()).isEqualTo(newKid);
        assertThat(platform.fetches()).isEqualTo(2);
    }

    @Test
    void reportsUnreachableKeySet() {
        LaunchException e = catchLaunch(() -> cache.key("https://lms.example.edu/missing-jwks", kid));

        assertThat(e.kind()).isEqualTo(LaunchFailure.JWKS_UNAVAILABLE);
        assertThat(e.adminMessage()).contains("missing-jwks");
    }

    private static LaunchException catchLaunch(Runnable action) {
        try {
            action.run();
        } catch (LaunchException e) {
            return e;
        }
        throw new AssertionError("expected a LaunchException");
    }
}
