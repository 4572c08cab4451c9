package org.pathwise.scorm.runtime;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A SCO's run-time data as flattened element names and string values ({@code cmi.core.lesson_status -> passed}), the
 * shape in which the browser commits it and in which it is stored.
 */
public record CmiData(Map<String, String> values) {

    public static final CmiData EMPTY = new CmiData(Map.of());

    public CmiData {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** The value, or empty when absent or blank. */
    public Optional<String> get(String element) {
        String v = values.get(element);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    public String getOrEmpty(String element) {
        return values.getOrDefault(element, "");
    }

    /** A decimal element; empty when absent, blank or not a number. */
    public Optional<BigDecimal> decimal(String element) {
        return get(element).flatMap(CmiData::parseDecimal);
    }

    /** How many {@code prefix.n.} rows exist ({@code cmi.interactions}, {@code cmi.objectives}). */
    public int count(String prefix) {
        int n = 0;
        while (hasRow(prefix, n)) {
            n++;
        }
        return n;
    }

    private boolean hasRow(String prefix, int n) {
        String row = prefix + "." + n + ".";
        return values.keySet().stream().anyMatch(k -> k.startsWith(row));
    }

    static Optional<BigDecimal> parseDecimal(String s) {
        try {
            return Optional.of(new BigDecimal(s.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
