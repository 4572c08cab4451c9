package org.pathwise.lrs.statements;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;

/**
 * {@code stored} instants as the LRS keeps them: epoch microseconds. Rendered with milliseconds, or microseconds
 * when the value has them, so two statements never show the same {@code stored}.
 */
public final class StoredTime {
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private StoredTime() {}

    public static long micros(Instant instant) {
        return TimeUnit.SECONDS.toMicros(instant.getEpochSecond()) + instant.getNano() / 1000;
    }

    public static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }

    public static String format(long micros) {
        DateTimeFormatter formatter = micros % 1000 == 0 ? MILLIS : MICROS;
        return formatter.format(instant(micros).atOffset(ZoneOffset.UTC));
    }
}
