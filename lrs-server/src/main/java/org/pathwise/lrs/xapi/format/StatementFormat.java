package org.pathwise.lrs.xapi.format;

import java.util.Locale;
import org.pathwise.lrs.xapi.XapiException;

/** The values of the {@code format} query parameter. */
public enum StatementFormat {
    EXACT,
    IDS,
    CANONICAL;

    /** Parses the parameter; absent means {@code exact}; anything else unknown is a 400. */
    public static StatementFormat fromParameter(String value) {
        if (value == null) {
            return EXACT;
        }
        return switch (value) {
            case "exact" -> EXACT;
            case "ids" -> IDS;
            case "canonical" -> CANONICAL;
            default ->
                throw XapiException.badRequest(
                        "format: must be exact, ids or canonical, not " + value.toLowerCase(Locale.ROOT));
        };
    }
}
