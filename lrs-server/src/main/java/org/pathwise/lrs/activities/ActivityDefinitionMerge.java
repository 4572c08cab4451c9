package org.pathwise.lrs.activities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * How a definition received in a statement updates the canonical one (Data 2.4.4.1 of 1.0.3: the LRS updates its
 * internal representation from later definitions). Language maps ({@code name}, {@code description}) and
 * {@code extensions} are merged key by key, so a new language or extension adds to what is known; every other
 * property (type, moreInfo, interaction type, correct responses, component lists) is replaced by the newer value.
 */
public final class ActivityDefinitionMerge {
    private static final Set<String> MERGED_BY_KEY = Set.of("name", "description", "extensions");

    private ActivityDefinitionMerge() {}

    /** The canonical definition after seeing {@code incoming}; neither argument is changed. */
    public static ObjectNode merge(ObjectNode canonical, ObjectNode incoming) {
        ObjectNode result = canonical.deepCopy();
        incoming.fields().forEachRemaining(field -> {
            String name = field.getKey();
            JsonNode value = field.getValue();
            JsonNode known = result.get(name);
            if (MERGED_BY_KEY.contains(name) && value.isObject() && known != null && known.isObject()) {
                ((ObjectNode) known).setAll((ObjectNode) value.deepCopy());
            } else {
                result.set(name, value.deepCopy());
            }
        });
        return result;
    }
}
