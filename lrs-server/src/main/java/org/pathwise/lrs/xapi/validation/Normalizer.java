package org.pathwise.lrs.xapi.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pathwise.lrs.xapi.XapiVersion;

/** The rewrites the spec allows on a valid statement: contextActivities values as arrays; 2.0 timestamps in UTC. */
final class Normalizer {
    private Normalizer() {}

    static void normalize(ObjectNode statement, XapiVersion version) {
        contextActivities(statement.get("context"));
        if (version == XapiVersion.V2_0_0) {
            toUtc(statement, version);
        }
        JsonNode object = statement.get("object");
        if (object instanceof ObjectNode sub
                && "SubStatement".equals(sub.path("objectType").textValue())) {
            contextActivities(sub.get("context"));
            if (version == XapiVersion.V2_0_0) {
                toUtc(sub, version);
            }
        }
    }

    private static void contextActivities(JsonNode context) {
        if (context == null || !(context.get("contextActivities") instanceof ObjectNode activities)) {
            return;
        }
        for (String kind : ContextRules.ACTIVITY_KINDS) {
            JsonNode value = activities.get(kind);
            if (value != null && value.isObject()) {
                activities.putArray(kind).add(value);
            }
        }
    }

    private static void toUtc(ObjectNode node, XapiVersion version) {
        JsonNode timestamp = node.get("timestamp");
        if (timestamp != null && timestamp.isTextual() && !timestamp.textValue().matches(".*[Zz]$")) {
            Timestamps.parse(timestamp.textValue(), version)
                    .ifPresent(instant -> node.put("timestamp", Timestamps.toUtc(instant)));
        }
    }
}
