package org.pathwise.tool.pages.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void anAddressGetsFiveFreeFailuresThenALockThatDoublesUpToFifteenMinutes() {
        LoginThrottle.Policy p = LoginThrottle.PER_ADDRESS;
        for (int i = 1; i <= 5; i++) {
            assertThat(p.lockFor(i)).as("failure %d", i).isZero();
        }
        assertThat(p.lockFor(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.lockFor(7)).isEqualTo(Duration.ofMinutes(1));
        assertThat(p.lockFor(8)).isEqualTo(Duration.ofMinutes(2));
        assertThat(p.lockFor(10)).isEqualTo(Duration.ofMinutes(8));
        assertThat(p.lockFor(11)).isEqualTo(Duration.ofMinutes(15));
        assertThat(p.lockFor(1000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theAccountAsAWholeAllowsMoreFailuresAndLocksShorter() {
        LoginThrottle.Policy p = LoginThrottle.PER_ACCOUNT;
        assertThat(p.lockFor(20)).isZero();
        assertThat(p.lockFor(21)).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.lockFor(500)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void failuresAreForgottenAfterAQuietHour() {
        LoginThrottle.Policy p = LoginThrottle.PER_ADDRESS;
        assertThat(p.remembered(9, Duration.ofMinutes(59))).isEqualTo(9);
        assertThat(p.remembered(9, Duration.ofHours(1))).isZero();
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64AndNoNameIsLookedUp() {
        assertThat(LoginThrottle.subject("2001:db8:1:2:aaaa::1")).isEqualTo(LoginThrottle.subject("2001:db8:1:2::ff"));
        assertThat(LoginThrottle.subject("2001:db8:1:2::1")).isNotEqualTo(LoginThrottle.subject("2001:db8:1:3::1"));
        assertThat(LoginThrottle.subject("192.0.2.7")).isEqualTo("ip:192.0.2.7");
        assertThat(LoginThrottle.subject("::ffff:192.0.2.7")).isEqualTo("ip:192.0.2.7");
        assertThat(LoginThrottle.subject("example.org")).isEqualTo("ip:example.org");
        assertThat(LoginThrottle.subject(null)).isEqualTo("ip:unknown");
    }
}
