package org.pathwise.lrs.xapi.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Interaction activities (Data 2.4.4.1, Interaction Activities and Interaction Components). */
final class InteractionRules {
    private static final List<String> COMPONENT_LISTS = List.of("choices", "scale", "source", "target", "steps");
    private static final Map<String, Set<String>> ALLOWED_LISTS = Map.of(
            "true-false", Set.of(),
            "choice", Set.of("choices"),
            "fill-in", Set.of(),
            "long-fill-in", Set.of(),
            "matching", Set.of("source", "target"),
            "performance", Set.of("steps"),
            "sequencing", Set.of("choices"),
            "likert", Set.of("scale"),
            "numeric", Set.of(),
            "other", Set.of());

    private InteractionRules() {}

    /** Checks interactionType, correctResponsesPattern and the component lists of a definition, together. */
    static void interaction(Checker c, JsonNode def, String path) {
        String type = c.text(def, path, "interactionType", false).orElse(null);
        if (type != null && !ALLOWED_LISTS.containsKey(type)) {
            c.fail(Checker.at(path, "interactionType"), "must be one of " + String.join(", ", ALLOWED_LISTS.keySet()));
            type = null;
        }
        boolean typed = def.has("interactionType");
        c.array(def, path, "correctResponsesPattern", false).ifPresent(list -> {
            if (!typed) {
                c.fail(Checker.at(path, "correctResponsesPattern"), "requires an interactionType");
            }
            for (int i = 0; i < list.size(); i++) {
                if (!list.get(i).isTextual()) {
                    c.fail(Checker.at(Checker.at(path, "correctResponsesPattern"), i), "must be a string");
                }
            }
        });
        for (String name : COMPONENT_LISTS) {
            var list = c.array(def, path, name, false);
            if (list.isEmpty()) {
                continue;
            }
            if (!typed) {
                c.fail(Checker.at(path, name), "requires an interactionType");
            } else if (type != null && !ALLOWED_LISTS.get(type).contains(name)) {
                c.fail(Checker.at(path, name), "is not allowed for interactionType \"" + type + "\"");
            }
            components(c, list.get(), Checker.at(path, name));
        }
    }

    private static void components(Checker c, JsonNode list, String path) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String where = Checker.at(path, i);
            JsonNode component = list.get(i);
            if (!c.object(component, where)) {
                continue;
            }
            c.onlyKeys(component, where, Set.of("id", "description"));
            c.text(component, where, "id", true).ifPresent(id -> {
                if (!ids.add(id)) {
                    c.fail(Checker.at(where, "id"), "must be distinct within its list");
                }
            });
            c.languageMap(component, where, "description", false);
        }
    }
}
