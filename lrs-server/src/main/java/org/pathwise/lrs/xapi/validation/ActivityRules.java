package org.pathwise.lrs.xapi.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** Activities and Activity Definitions (Data 2.4.4.1). */
final class ActivityRules {
    private static final Set<String> ACTIVITY_KEYS = Set.of("objectType", "id", "definition");
    private static final Set<String> DEFINITION_KEYS = Set.of(
            "name",
            "description",
            "type",
            "moreInfo",
            "extensions",
            "interactionType",
            "correctResponsesPattern",
            "choices",
            "scale",
            "source",
            "target",
            "steps");

    private ActivityRules() {}

    static void activity(Checker c, JsonNode node, String path) {
        if (!c.object(node, path)) {
            return;
        }
        c.onlyKeys(node, path, ACTIVITY_KEYS);
        c.text(node, path, "objectType", false).ifPresent(t -> {
            if (!"Activity".equals(t)) {
                c.fail(Checker.at(path, "objectType"), "must be \"Activity\"");
            }
        });
        c.iri(node, path, "id", true);
        c.get(node, path, "definition", false).ifPresent(d -> definition(c, d, Checker.at(path, "definition")));
    }

    private static void definition(Checker c, JsonNode def, String path) {
        if (!c.object(def, path)) {
            return;
        }
        c.onlyKeys(def, path, DEFINITION_KEYS);
        c.languageMap(def, path, "name", false);
        c.languageMap(def, path, "description", false);
        c.iri(def, path, "type", false);
        c.iri(def, path, "moreInfo", false);
        c.extensions(def, path, "extensions");
        InteractionRules.interaction(c, def, path);
    }
}
