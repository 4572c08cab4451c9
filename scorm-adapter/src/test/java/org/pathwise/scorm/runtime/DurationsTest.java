package org.pathwise.scorm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsScorm12TimespanWithHundredths() {
        assertThat(Durations.parseTimespan("0001:02:03.45"))
                .contains(Duration.ofHours(1).plusMinutes(2).plusSeconds(3).plusMillis(450));
        assertThat(Durations.parseTimespan("00:00:07")).contains(Duration.ofSeconds(7));
    }

    @Test
    void rejectsMalformedTimespans() {
        assertThat(Durations.parseTimespan("1:2:3")).isEmpty();
        assertThat(Durations.parseTimespan("PT5S")).isEmpty();
        assertThat(Durations.parseTimespan(null)).isEmpty();
    }

    @Test
    void readsIsoDurationsAsScorm2004WritesThem() {
        assertThat(Durations.parseIso("PT1H30M5.5S"))
                .contains(Duration.ofMinutes(90).plusSeconds(5).plusMillis(500));
        assertThat(Durations.parseIso("P1DT1S")).contains(Duration.ofDays(1).plusSeconds(1));
        assertThat(Durations.parseIso("P0Y0M0DT0H0M0S")).contains(Duration.ZERO);
    }

    @Test
    void rejectsIsoDurationsWithoutAnyPart() {
        assertThat(Durations.parseIso("P")).isEmpty();
        assertThat(Durations.parseIso("PT")).isEmpty();
        assertThat(Durations.parseIso("0000:00:05")).isEmpty();
    }

    @Test
    void formatsBothFormsToHundredths() {
        Duration d = Duration.ofHours(2).plusMinutes(3).plusSeconds(4).plusMillis(567);
        assertThat(Durations.formatTimespan(d)).isEqualTo("0002:03:04.56");
        assertThat(Durations.formatIso(d)).isEqualTo("PT2H3M4.56S");
        assertThat(Durations.parseIso(Durations.formatIso(d))).contains(d.minusMillis(7));
    }
}
