package org.pathwise.scorm.cmi5;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A cmi5 {@code textType}: one string per language, in document order ("" key when no lang is given). */
public record LocalizedText(Map<String, String> values) {

    public LocalizedText {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The first string, which is what a single-language display shows; "" when none. */
    public String text() {
        return values.values().stream().findFirst().orElse("");
    }
}
