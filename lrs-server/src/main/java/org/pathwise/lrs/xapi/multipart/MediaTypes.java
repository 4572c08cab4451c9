package org.pathwise.lrs.xapi.multipart;

import java.util.Locale;
import java.util.Optional;

/** The few Content-Type header operations multipart needs: the bare type, and one parameter. */
final class MediaTypes {
    private MediaTypes() {}

    /** {@code type/subtype} in lower case, without parameters. */
    static String essence(String header) {
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** The value of parameter {@code name}, unquoted. */
    static Optional<String> parameter(String header, String name) {
        String[] parts = header.split(";");
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].trim();
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).trim().equalsIgnoreCase(name)) {
                String value = part.substring(eq + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
