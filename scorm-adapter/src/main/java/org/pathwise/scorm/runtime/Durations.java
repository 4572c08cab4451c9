package org.pathwise.scorm.runtime;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SCORM time spans: SCORM 1.2 CMITimespan {@code HHHH:MM:SS(.SS)} and SCORM 2004 / xAPI ISO 8601 durations
 * ({@code P[nY][nM][nD][T[nH][nM][n(.n)S]]}, a year counted as 365 days and a month as 30).
 */
public final class Durations {

    private static final Pattern TIMESPAN = Pattern.compile("^(\\d{2,4}):(\\d{2}):(\\d{2})(\\.\\d{1,2})?$");
    private static final Pattern ISO = Pattern.compile(
            "^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?$");

    private Durations() {}

    /** Reads a SCORM 1.2 timespan; empty when malformed. */
    public static Optional<Duration> parseTimespan(String s) {
        Matcher m = TIMESPAN.matcher(s == null ? "" : s.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        long millis = m.group(4) == null
                ? 0
                : new BigDecimal("0" + m.group(4)).movePointRight(3).longValue();
        return Optional.of(Duration.ofHours(Long.parseLong(m.group(1)))
                .plusMinutes(Long.parseLong(m.group(2)))
                .plusSeconds(Long.parseLong(m.group(3)))
                .plusMillis(millis));
    }

    /** Reads an ISO 8601 duration as SCORM 2004 allows it; empty when malformed or just "P"/"PT". */
    public static Optional<Duration> parseIso(String s) {
        String text = s == null ? "" : s.trim();
        Matcher m = ISO.matcher(text);
        if (!m.matches() || text.equals("P") || text.endsWith("T")) {
            return Optional.empty();
        }
        Duration d = Duration.ofDays(365 * number(m.group(1)) + 30 * number(m.group(2)) + number(m.group(3)))
                .plusHours(number(m.group(4)))
                .plusMinutes(number(m.group(5)));
        if (m.group(6) != null) {
            d = d.plusMillis(new BigDecimal(m.group(6)).movePointRight(3).longValue());
        }
        return Optional.of(d);
    }

    /** Reads either form, as the version writes it. */
    public static Optional<Duration> parse(ScormVersion version, String s) {
        return version == ScormVersion.SCORM_12 ? parseTimespan(s) : parseIso(s);
    }

    /** {@code HHHH:MM:SS.SS}, hours capped at 9999. */
    public static String formatTimespan(Duration d) {
        long hundredths = d.toMillis() / 10;
        long hours = Math.min(9999, hundredths / 360_000);
        return String.format(
                "%04d:%02d:%02d.%02d", hours, hundredths / 6000 % 60, hundredths / 100 % 60, hundredths % 100);
    }

    /** {@code PT#H#M#.##S} with hundredths, the precision SCORM 2004 keeps. */
    public static String formatIso(Duration d) {
        long hundredths = d.toMillis() / 10;
        return "PT" + hundredths / 360_000 + "H" + hundredths / 6000 % 60 + "M"
                + BigDecimal.valueOf(hundredths % 6000, 2).stripTrailingZeros().toPlainString() + "S";
    }

    public static String format(ScormVersion version, Duration d) {
        return version == ScormVersion.SCORM_12 ? formatTimespan(d) : formatIso(d);
    }

    private static long number(String s) {
        return s == null ? 0 : Long.parseLong(s);
    }
}
