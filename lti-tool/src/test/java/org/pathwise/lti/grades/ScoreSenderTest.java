package org.pathwise.lti.grades;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScoreSenderTest {

    @Test
    void backoffDoublesPerAttemptUpToOneHour() {
        ScoreSender sender = new ScoreSender();
        sender.retrySeconds = 2;
        assertThat(sender.backoff(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(sender.backoff(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(sender.backoff(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(sender.backoff(40)).isEqualTo(Duration.ofHours(1));
    }
}
