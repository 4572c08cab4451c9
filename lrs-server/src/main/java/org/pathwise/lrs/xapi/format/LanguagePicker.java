package org.pathwise.lrs.xapi.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Keeps one language of a language map, chosen by an Accept-Language header (RFC 4647 filtering, then lookup). */
public final class LanguagePicker {
    private final List<Locale.LanguageRange> ranges;

    /** @param acceptLanguage the header value; null, empty or malformed means no preference */
    public LanguagePicker(String acceptLanguage) {
        this.ranges = parse(acceptLanguage);
    }

    /** The chosen key of {@code map}: the best match, else {@code und}, else {@code en}, else the first key. */
    public Optional<String> choose(JsonNode map) {
        List<String> tags = new ArrayList<>();
        map.fieldNames().forEachRemaining(tags::add);
        if (tags.isEmpty()) {
            return Optional.empty();
        }
        if (!ranges.isEmpty()) {
            List<String> filtered = Locale.filterTags(ranges, tags);
            String match = filtered.isEmpty() ? Locale.lookupTag(ranges, tags) : filtered.get(0);
            if (match != null) {
                return original(tags, match);
            }
        }
        return original(tags, "und").or(() -> original(tags, "en")).or(() -> Optional.of(tags.get(0)));
    }

    /** Reduces {@code map}, in place, to the chosen entry. */
    public void reduce(JsonNode map) {
        if (!(map instanceof ObjectNode object)) {
            return;
        }
        choose(object).ifPresent(keep -> {
            for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                if (!it.next().equals(keep)) {
                    it.remove();
                }
            }
        });
    }

    private static Optional<String> original(List<String> tags, String match) {
        return tags.stream().filter(t -> t.equalsIgnoreCase(match)).findFirst();
    }

    private static List<Locale.LanguageRange> parse(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .filter(r -> !"*".equals(r.getRange()))
                    .toList();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
