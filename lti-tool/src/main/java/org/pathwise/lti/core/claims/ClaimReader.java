package org.pathwise.lti.core.claims;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathwise.lti.core.LaunchException;

/**
 * Typed, strict reads of a JSON object given as a map (the claims of a JWT or one claim's object). Errors name the
 * full claim path, so the administrator sees e.g. {@code .../resource_link.id}.
 */
public final class ClaimReader {
    private final Map<String, Object> values;
    private final String path;

    public ClaimReader(Map<String, Object> values) {
        this(values, "");
    }

    private ClaimReader(Map<String, Object> values, String path) {
        this.values = values;
        this.path = path;
    }

    public boolean has(String name) {
        return values.get(name) != null;
    }

    public Optional<String> string(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw LaunchException.invalidClaim(qualified(name), "must be a string");
        }
        return Optional.of(text);
    }

    public String requiredString(String name) {
        return string(name).filter(s -> !s.isBlank()).orElseThrow(() -> missing(name));
    }

    public Optional<ClaimReader> object(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw LaunchException.invalidClaim(qualified(name), "must be an object");
        }
        return Optional.of(new ClaimReader(stringKeys(map), qualified(name) + "."));
    }

    public ClaimReader requiredObject(String name) {
        return object(name).orElseThrow(() -> missing(name));
    }

    /** A list of strings; a single string is accepted as a list of one (as {@code aud} allows). */
    public Optional<List<String>> strings(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String single) {
            return Optional.of(List.of(single));
        }
        if (!(value instanceof Collection<?> items) || !items.stream().allMatch(String.class::isInstance)) {
            throw LaunchException.invalidClaim(qualified(name), "must be an array of strings");
        }
        return Optional.of(List.copyOf(
                new ArrayList<>(items).stream().map(String.class::cast).toList()));
    }

    public Optional<Boolean> bool(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Boolean flag)) {
            throw LaunchException.invalidClaim(qualified(name), "must be a boolean");
        }
        return Optional.of(flag);
    }

    /** The members of an object claim as text (numbers and booleans written as JSON would write them). */
    public Map<String, String> textMap(String name) {
        Map<String, String> result = new LinkedHashMap<>();
        object(name)
                .ifPresent(reader -> reader.values.forEach((key, value) -> {
                    if (value != null) {
                        result.put(key, String.valueOf(value));
                    }
                }));
        return Map.copyOf(result);
    }

    /** The error for a required member that is absent. */
    public LaunchException missing(String name) {
        return LaunchException.missingClaim(qualified(name));
    }

    /** The value as it was sent (string, number, boolean, list or map), for opaque values to echo back. */
    public Optional<Object> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public Map<String, Object> raw() {
        return values;
    }

    private String qualified(String name) {
        return path + name;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, value) -> result.put(String.valueOf(key), value));
        return result;
    }
}
