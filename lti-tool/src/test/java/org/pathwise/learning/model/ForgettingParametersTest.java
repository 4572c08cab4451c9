package org.pathwise.learning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ForgettingParametersTest {

    private final ForgettingParameters f = new ForgettingParameters(Duration.ofDays(1), 2.0, Duration.ofDays(30));

    @Test
    void masteryDecaysTowardsTheFloorOverTime() {
        double day1 = f.decayed(0.9, 0.1, Duration.ofDays(1), 0);
        double day3 = f.decayed(0.9, 0.1, Duration.ofDays(3), 0);

        assertThat(day1).isCloseTo(0.1 + 0.8 / 2, within(1e-9));
        assertThat(day3).isLessThan(day1).isGreaterThan(0.1);
    }

    @Test
    void eachSuccessLengthensTheHalfLifeUpToTheCap() {
        assertThat(f.halfLifeHours(2)).isEqualTo(4 * 24.0);
        assertThat(f.halfLifeHours(40)).isEqualTo(30 * 24.0);
        assertThat(f.decayed(0.9, 0.1, Duration.ofDays(1), 3))
                .isGreaterThan(f.decayed(0.9, 0.1, Duration.ofDays(1), 0));
    }

    @Test
    void timeUntilBelowThresholdIsWhenDecayedMasteryReachesIt() {
        Duration until = f.timeUntilBelow(0.9, 0.1, 0.5, 1).orElseThrow();

        assertThat(until).isEqualTo(Duration.ofDays(2));
        assertThat(f.decayed(0.9, 0.1, until, 1)).isCloseTo(0.5, within(1e-6));
    }

    @Test
    void thresholdAtOrBelowFloorIsNeverReachedAndMasteryBelowItIsDueNow() {
        assertThat(f.timeUntilBelow(0.9, 0.3, 0.2, 0)).isEmpty();
        assertThat(f.timeUntilBelow(0.4, 0.1, 0.6, 0)).contains(Duration.ZERO);
    }
}
