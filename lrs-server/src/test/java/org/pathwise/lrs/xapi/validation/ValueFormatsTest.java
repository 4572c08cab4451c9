package org.pathwise.lrs.xapi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathwise.lrs.xapi.XapiVersion;

class ValueFormatsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "en",
                "en-US",
                "zh-Hant",
                "sr-Latn-RS",
                "es-419",
                "ase",
                "de-CH-1996",
                "x-klingon",
                "en-a-bbb-x-a-ccc",
                "i-klingon",
                "zh-yue-HK"
            })
    void acceptsWellFormedLanguageTags(String tag) {
        assertThat(LanguageTags.isWellFormed(tag)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "a12345678",
                "en_US",
                "zh-z-aaa-z-bbb-c-ccc",
                "de-1996-1996",
                "en-something-AU",
                "e",
                "en-",
                "-en",
                "en--US",
                "x",
                "en-a"
            })
    void rejectsMalformedLanguageTags(String tag) {
        assertThat(LanguageTags.isWellFormed(tag)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT4H35M59.14S", "P3Y1M29DT4H35M59.14S", "P3Y", "PT16559.14S", "P4W", "PT0S"})
    void acceptsIso8601Durations(String duration) {
        assertThat(Formats.isDuration(duration)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"P", "PT", "4H", "P1H", "PT1.5M2S", "P1W2D", "should fail"})
    void rejectsOtherDurations(String duration) {
        assertThat(Formats.isDuration(duration)).isFalse();
    }

    @Test
    void readsAnOffsetTimestampAsTheSameInstantInBothVersions() {
        Instant expected = Instant.parse("2008-09-15T13:53:00.601Z");

        assertThat(Timestamps.parse("2008-09-15T15:53:00.601+02:00", XapiVersion.V1_0_3))
                .contains(expected);
        assertThat(Timestamps.parse("2008-09-15T15:53:00.601+02:00", XapiVersion.V2_0_0))
                .contains(expected);
    }

    @Test
    void acceptsIso8601FormsIn103ThatRfc3339DoesNotAllow() {
        assertThat(Timestamps.parse("2008-09-15T15:53:00+0200", XapiVersion.V1_0_3))
                .isPresent();
        assertThat(Timestamps.parse("2008-09-15T15:53:00", XapiVersion.V1_0_3))
                .contains(Instant.parse("2008-09-15T15:53:00Z"));
        assertThat(Timestamps.parse("2008-09-15T15:53:00+0200", XapiVersion.V2_0_0))
                .isEmpty();
        assertThat(Timestamps.parse("2008-09-15T15:53:00", XapiVersion.V2_0_0)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"2008-09-15T15:53:00.601-00", "2008-09-15T15:53:00.601-0000", "2008-09-15T15:53:00.601-00:00"})
    void rejectsTheUnknownOffsetInEveryForm(String timestamp) {
        assertThat(Timestamps.parse(timestamp, XapiVersion.V1_0_3)).isEmpty();
        assertThat(Timestamps.parse(timestamp, XapiVersion.V2_0_0)).isEmpty();
    }

    @Test
    void acceptsPlusZeroOffset() {
        assertThat(Timestamps.parse("2008-09-15T15:53:00.601+00:00", XapiVersion.V2_0_0))
                .isPresent();
    }

    @Test
    void acceptsOnlyIrisWithAScheme() {
        assertThat(Formats.isIri("http://example.com/é")).isTrue();
        assertThat(Formats.isIri("urn:uuid:6b9bd8c8-2d6c-4f33-a6a4-1a1b4f0c7e21"))
                .isTrue();
        assertThat(Formats.isIri("example.com/path")).isFalse();
        assertThat(Formats.isIri("http://example.com/a b")).isFalse();
        assertThat(Formats.isIri("http:")).isFalse();
    }
}
