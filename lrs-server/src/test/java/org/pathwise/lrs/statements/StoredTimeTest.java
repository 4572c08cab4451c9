package org.pathwise.lrs.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoredTimeTest {

    @Test
    void rendersMillisecondsOrMicrosecondsWhenTheValueHasThem() {
        long millis = StoredTime.micros(Instant.parse("2024-05-06T07:08:09.123Z"));
        assertThat(StoredTime.format(millis)).isEqualTo("2024-05-06T07:08:09.123Z");
        assertThat(StoredTime.format(millis + 1)).isEqualTo("2024-05-06T07:08:09.123001Z");
        assertThat(StoredTime.instant(millis + 1)).isEqualTo(Instant.parse("2024-05-06T07:08:09.123001Z"));
    }
}
