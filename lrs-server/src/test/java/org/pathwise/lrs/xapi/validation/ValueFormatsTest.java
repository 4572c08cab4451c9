package org.pathwise.lrs.xapi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathwise.lrs.xapi.XapiVersion;

class ValueFormatsTest {
    /** The IRI rule as it was written before it became a loop: the loop must agree with it on every string. */
    private static final java.util.regex.Pattern IRI_SCHEME =
            java.util.regex.Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.+", java.util.regex.Pattern.DOTALL);

    private static final java.util.regex.Pattern IRI_FORBIDDEN =
            java.util.regex.Pattern.compile("[\\s<>\"{}|\\\\^`\\x00-\\x1F\\x7F]");

    @Test
    void isIriAgreesWithTheSchemeAndForbiddenCharacterPatterns() {
        String alphabet = "aZ09+.-:/ \t\n<>\"{}|\\^`\u007f\u0001é#?%x";
        java.util.Random random = new java.util.Random(42);
        java.util.List<String> samples = new java.util.ArrayList<>(java.util.List.of(
                "",
                "a",
                "a:",
                "a:b",
                "1a:b",
                "a1+.-:b",
                "http://example.com/a b",
                "mailto:x@example.com",
                "urn:uuid:1",
                "a:\n",
                "a:\u007f",
                "é:x",
                "ab:c:d",
                "a-:x",
                "a::"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(8);
            for (int k = 0; k < length; k++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            samples.add(s.toString());
        }
        for (String s : samples) {
            boolean expected =
                    IRI_SCHEME.matcher(s).matches() && !IRI_FORBIDDEN.matcher(s).find();
            assertThat(Formats.isIri(s)).as("isIri(%s)", s).isEqualTo(expected);
        }
    }

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
