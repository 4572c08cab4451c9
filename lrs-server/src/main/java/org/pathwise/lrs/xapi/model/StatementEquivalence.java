package org.pathwise.lrs.xapi.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pathwise.lrs.xapi.XapiVersion;
import org.pathwise.lrs.xapi.validation.Timestamps;

/**
 * Statement comparison (Data 2.3.1, "Statement Comparison Requirements"): differences the immutability exceptions
 * could cause are ignored, every other difference counts. Ignored: id/timestamp when only one side has them,
 * authority, stored, version, attachments, verb display, Activity Definitions, the timezone in which a timestamp is
 * written, the order of Group members, the case of e-mail domains, hex digests, UUIDs and language tags, and the
 * single-object form of contextActivities, and any precision of a result duration beyond 0.01 second (Data 4.6 of
 * 1.0.3, 4.2.7 of 2.0). Used for the 204/409 decision on a reused statement id and for a signature's payload.
 */
public final class StatementEquivalence {
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    /** The seconds of an ISO 8601 duration with their fraction: {@code 0.1237S}. */
    private static final Pattern FRACTIONAL_SECONDS = Pattern.compile("(\\d+)\\.(\\d*)S$");

    private StatementEquivalence() {}

    public static boolean same(JsonNode a, JsonNode b) {
        ObjectNode left = canonical(a);
        ObjectNode right = canonical(b);
        for (String optional : List.of("id", "timestamp")) {
            if (!left.has(optional) || !right.has(optional)) {
                left.remove(optional);
                right.remove(optional);
            }
        }
        return left.equals(NUMBERS_BY_VALUE, right);
    }

    private static ObjectNode canonical(JsonNode statement) {
        ObjectNode copy = (ObjectNode) statement.deepCopy();
        copy.remove(List.of("authority", "stored", "version", "attachments"));
        lowerCase(copy, "id");
        body(copy);
        return copy;
    }

    /** The parts a Statement and a SubStatement share. */
    private static void body(ObjectNode body) {
        body.remove("attachments");
        timestamp(body);
        if (body.get("verb") instanceof ObjectNode verb) {
            verb.remove("display");
        }
        agent(body.get("actor"));
        if (body.get("object") instanceof ObjectNode object) {
            String type = object.path("objectType").asText("Activity");
            switch (type) {
                case "Activity" -> object.remove("definition");
                case "SubStatement" -> body(object);
                case "StatementRef" -> lowerCase(object, "id");
                default -> agent(object);
            }
        }
        if (body.get("context") instanceof ObjectNode context) {
            context(context);
        }
        if (body.get("result") instanceof ObjectNode result
                && result.get("duration") != null
                && result.get("duration").isTextual()) {
            result.put("duration", hundredths(result.get("duration").textValue()));
        }
    }

    /** A duration with its seconds truncated to hundredths, trailing zeros dropped: {@code PT1.2S} for {@code PT1.209S}. */
    static String hundredths(String duration) {
        Matcher m = FRACTIONAL_SECONDS.matcher(duration);
        if (!m.find()) {
            return duration;
        }
        String fraction =
                m.group(2).substring(0, Math.min(2, m.group(2).length())).replaceAll("0+$", "");
        return duration.substring(0, m.start()) + m.group(1) + (fraction.isEmpty() ? "" : "." + fraction) + "S";
    }

    private static void context(ObjectNode context) {
        lowerCase(context, "registration");
        lowerCase(context, "language");
        if (context.get("statement") instanceof ObjectNode ref) {
            lowerCase(ref, "id");
        }
        agent(context.get("instructor"));
        agent(context.get("team"));
        context.path("contextAgents").forEach(a -> agent(a.get("agent")));
        context.path("contextGroups").forEach(g -> agent(g.get("group")));
        if (context.get("contextActivities") instanceof ObjectNode activities) {
            for (String kind : List.of("parent", "grouping", "category", "other")) {
                JsonNode value = activities.get(kind);
                if (value != null && value.isObject()) {
                    activities.putArray(kind).add(value);
                }
                activities.path(kind).forEach(a -> ((ObjectNode) a).remove("definition"));
            }
        }
    }

    /** Canonical IFIs; members sorted, since a Group's member list is unordered. */
    private static void agent(JsonNode node) {
        if (!(node instanceof ObjectNode agent)) {
            return;
        }
        if (agent.get("mbox") != null && agent.get("mbox").isTextual()) {
            agent.put("mbox", Ifi.mbox(agent.get("mbox").textValue()));
        }
        lowerCase(agent, "mbox_sha1sum");
        if (agent.get("member") instanceof ArrayNode members) {
            List<JsonNode> sorted = new ArrayList<>();
            members.forEach(m -> {
                agent(m);
                sorted.add(m);
            });
            sorted.sort(Comparator.comparing(JsonNode::toString));
            members.removeAll();
            members.addAll(sorted);
        }
    }

    private static void timestamp(ObjectNode node) {
        JsonNode value = node.get("timestamp");
        if (value != null && value.isTextual()) {
            Timestamps.parse(value.textValue(), XapiVersion.V1_0_3)
                    .ifPresent(instant -> node.put("timestamp", Timestamps.toUtc(instant)));
        }
    }

    private static void lowerCase(ObjectNode node, String key) {
        JsonNode value = node.get(key);
        if (value != null && value.isTextual()) {
            node.put(key, value.textValue().toLowerCase(Locale.ROOT));
        }
    }
}
