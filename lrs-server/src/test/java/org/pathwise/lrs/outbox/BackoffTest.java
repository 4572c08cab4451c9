package org.pathwise.lrs.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesTheWaitAfterEachFailureUpToTheMaximum() {
        Backoff backoff = new Backoff(1000, 60_000);
        assertThat(backoff.delayMillis(1)).isEqualTo(1000);
        assertThat(backoff.delayMillis(2)).isEqualTo(2000);
        assertThat(backoff.delayMillis(4)).isEqualTo(8000);
        assertThat(backoff.delayMillis(7)).isEqualTo(60_000);
        assertThat(backoff.delayMillis(500)).isEqualTo(60_000);
    }
}
