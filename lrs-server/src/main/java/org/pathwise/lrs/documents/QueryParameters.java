package org.pathwise.lrs.documents;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pathwise.lrs.xapi.validation.Formats;
import org.pathwise.lrs.xapi.validation.ValidationException;

/**
 * Query parameters of the xAPI resources, read strictly (Communication 4.1.5 of 2.0): a parameter the resource does
 * not know, or knows in another case, is a 400 naming it; so is a parameter given twice or with an empty value.
 */
public final class QueryParameters {
    private final Map<String, List<String>> values;

    private QueryParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * Checks the names against what {@code resource} accepts and wraps the values.
     *
     * @param resource for messages, e.g. "GET /activities/state"
     */
    public static QueryParameters of(Map<String, List<String>> values, Set<String> allowed, String resource) {
        for (var entry : values.entrySet()) {
            String name = entry.getKey();
            if (!allowed.contains(name)) {
                String sameButCase = allowed.stream()
                        .filter(a -> a.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                        .findFirst()
                        .map(a -> " (parameter names are case-sensitive: " + a + ")")
                        .orElse("");
                throw new ValidationException(
                        name, "is not a parameter of " + resource + "; accepted: " + allowed + sameButCase);
            }
            if (entry.getValue().size() > 1) {
                throw new ValidationException(
                        name,
                        "must be given once, was given " + entry.getValue().size() + " times");
            }
        }
        return new QueryParameters(values);
    }

    /** The value, empty when the parameter is absent; an empty string is an error. */
    public Optional<String> optional(String name) {
        List<String> list = values.get(name);
        if (list == null || list.isEmpty()) {
            return Optional.empty();
        }
        String value = list.get(0);
        if (value == null || value.isEmpty()) {
            throw new ValidationException(name, "must not be empty");
        }
        return Optional.of(value);
    }

    public String required(String name) {
        return optional(name).orElseThrow(() -> new ValidationException(name, "is required"));
    }

    /** A required IRI (an activity id). */
    public String requiredIri(String name) {
        String value = required(name);
        if (!Formats.isIri(value)) {
            throw new ValidationException(name, "must be an IRI, was '" + value + "'");
        }
        return value;
    }

    /** An optional UUID, in lower case. */
    public Optional<String> optionalUuid(String name) {
        Optional<String> value = optional(name);
        if (value.isPresent() && !Formats.isUuid(value.get())) {
            throw new ValidationException(name, "must be a UUID, was '" + value.get() + "'");
        }
        return value.map(v -> v.toLowerCase(Locale.ROOT));
    }
}
