package org.pathwise.lrs.xapi.validation;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pathwise.lrs.xapi.XapiVersion;

/**
 * Timestamps per Data 4.5: ISO 8601 in 1.0.3 (a missing offset is read as UTC), RFC 3339 in 2.0; the "unknown
 * offset" forms {@code -00}, {@code -0000} and {@code -00:00} are rejected in both.
 */
public final class Timestamps {
    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2})[Tt](\\d{2}:\\d{2}:\\d{2})(\\.\\d+)?([Zz]|[+-]\\d{2}(?::?\\d{2})?)?$");
    private static final Pattern RFC3339 =
            Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[Tt](\\d{2}:\\d{2}:\\d{2})(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$");
    private static final DateTimeFormatter UTC_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    private Timestamps() {}

    /** The instant a timestamp names, or empty when it is not a valid timestamp under {@code version}. */
    public static Optional<Instant> parse(String value, XapiVersion version) {
        Matcher m = (version == XapiVersion.V2_0_0 ? RFC3339 : ISO).matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        String offset = m.group(4) == null ? "Z" : m.group(4);
        if (offset.startsWith("-") && offset.replaceAll("[-:0]", "").isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = LocalDateTime.parse(m.group(1) + "T" + m.group(2) + fraction(m.group(3)));
            return Optional.of(local.toInstant(offset(offset)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A canonical UTC rendering with millisecond precision, as the LRS writes {@code stored}. */
    public static String format(Instant instant) {
        return UTC_MILLIS.format(instant.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC));
    }

    /** RFC 3339 in UTC keeping every fractional digit given (nanosecond precision at most). */
    public static String toUtc(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private static String fraction(String group) {
        if (group == null) {
            return "";
        }
        return group.length() > 10 ? group.substring(0, 10) : group;
    }

    private static ZoneOffset offset(String text) {
        if (text.equalsIgnoreCase("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        if (minutes > 59) {
            throw new DateTimeException("minutes out of range");
        }
        int sign = text.startsWith("-") ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
