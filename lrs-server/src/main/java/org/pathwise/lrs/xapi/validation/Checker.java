package org.pathwise.lrs.xapi.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pathwise.lrs.xapi.XapiVersion;

/** Collects violations while the rules walk a JSON tree; holds the small typed getters every rule uses. */
final class Checker {
    private final XapiVersion version;
    private final List<Violation> violations = new ArrayList<>();

    Checker(XapiVersion version) {
        this.version = version;
    }

    XapiVersion version() {
        return version;
    }

    List<Violation> violations() {
        return violations;
    }

    void fail(String path, String rule) {
        violations.add(new Violation(path, rule));
    }

    static String at(String path, String key) {
        return path + "." + key;
    }

    static String at(String path, int index) {
        return path + "[" + index + "]";
    }

    static String mapKey(String path, String key) {
        return path + "[\"" + key + "\"]";
    }

    /** Reports a non-object; returns whether {@code node} is an object the caller may inspect further. */
    boolean object(JsonNode node, String path) {
        if (node.isNull()) {
            fail(path, "must not be null");
            return false;
        }
        if (!node.isObject()) {
            fail(path, "must be an object");
            return false;
        }
        return true;
    }

    /** Reports every property of {@code obj} not in {@code allowed} (property names are case-sensitive). */
    void onlyKeys(JsonNode obj, String path, Set<String> allowed) {
        for (Iterator<String> names = obj.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                fail(at(path, name), "is not a property allowed here");
            }
        }
    }

    /** The value of {@code key}, or empty when absent; reports an explicit null and, if required, absence. */
    Optional<JsonNode> get(JsonNode obj, String path, String key, boolean required) {
        JsonNode value = obj.get(key);
        if (value == null) {
            if (required) {
                fail(at(path, key), "is required");
            }
            return Optional.empty();
        }
        if (value.isNull()) {
            fail(at(path, key), "must not be null");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    Optional<String> text(JsonNode obj, String path, String key, boolean required) {
        Optional<JsonNode> value = get(obj, path, key, required);
        if (value.isPresent() && !value.get().isTextual()) {
            fail(at(path, key), "must be a string");
            return Optional.empty();
        }
        return value.map(JsonNode::textValue);
    }

    void iri(JsonNode obj, String path, String key, boolean required) {
        text(obj, path, key, required).ifPresent(v -> {
            if (!Formats.isIri(v)) {
                fail(at(path, key), "must be an absolute IRI with a scheme");
            }
        });
    }

    void uuid(JsonNode obj, String path, String key, boolean required) {
        text(obj, path, key, required).ifPresent(v -> {
            if (!Formats.isUuid(v)) {
                fail(at(path, key), "must be a UUID");
            }
        });
    }

    void bool(JsonNode obj, String path, String key) {
        get(obj, path, key, false).ifPresent(v -> {
            if (!v.isBoolean()) {
                fail(at(path, key), "must be a boolean");
            }
        });
    }

    void languageTag(JsonNode obj, String path, String key) {
        text(obj, path, key, false).ifPresent(v -> {
            if (!LanguageTags.isWellFormed(v)) {
                fail(at(path, key), "must be an RFC 5646 language tag");
            }
        });
    }

    /** A language map: an object whose keys are RFC 5646 tags and whose values are strings. */
    void languageMap(JsonNode obj, String path, String key, boolean required) {
        get(obj, path, key, required).ifPresent(map -> {
            String where = at(path, key);
            if (!map.isObject()) {
                fail(where, "must be a language map (an object of language tag to string)");
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!LanguageTags.isWellFormed(e.getKey())) {
                    fail(mapKey(where, e.getKey()), "must be keyed by an RFC 5646 language tag");
                } else if (!e.getValue().isTextual()) {
                    fail(mapKey(where, e.getKey()), "must be a string");
                }
            }
        });
    }

    /** Extensions: an object keyed by IRIs; values are free JSON, {@code null} included. */
    void extensions(JsonNode obj, String path, String key) {
        get(obj, path, key, false).ifPresent(map -> {
            String where = at(path, key);
            if (!map.isObject()) {
                fail(where, "must be an object keyed by IRIs");
                return;
            }
            for (Iterator<String> it = map.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!Formats.isIri(name)) {
                    fail(mapKey(where, name), "extension key must be an absolute IRI");
                }
            }
        });
    }

    /** Reports a non-array; returns the array or empty. */
    Optional<JsonNode> array(JsonNode obj, String path, String key, boolean required) {
        Optional<JsonNode> value = get(obj, path, key, required);
        if (value.isPresent() && !value.get().isArray()) {
            fail(at(path, key), "must be an array");
            return Optional.empty();
        }
        return value;
    }
}
