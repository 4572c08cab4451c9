package org.pathwise.lrs.xapi.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Renders a stored statement in the requested {@link StatementFormat} (Communication 2.1.3, {@code format}). Returns
 * a new tree; the input is not changed.
 */
public final class StatementFormatter {
    private static final List<String> IFIS = List.of("mbox", "mbox_sha1sum", "openid", "account");
    private static final List<String> ACTIVITY_KINDS = List.of("parent", "grouping", "category", "other");
    private static final List<String> COMPONENT_LISTS = List.of("choices", "scale", "source", "target", "steps");

    private StatementFormatter() {}

    public static ObjectNode render(
            JsonNode statement, StatementFormat format, String acceptLanguage, ActivityDefinitions definitions) {
        return switch (format) {
            case EXACT -> (ObjectNode) statement.deepCopy();
            case IDS -> ids(statement);
            case CANONICAL -> canonical(statement, acceptLanguage, definitions);
        };
    }

    /** Agents, Groups, Activities and Verbs reduced to what identifies them; anonymous Groups keep members' ids. */
    public static ObjectNode ids(JsonNode statement) {
        ObjectNode copy = (ObjectNode) statement.deepCopy();
        rewrite(copy, new Rewrites(StatementFormatter::agentIds, StatementFormatter::activityIds, verb -> {
            ((ObjectNode) verb).retain("id");
            return verb;
        }));
        replace(copy, "authority", StatementFormatter::agentIds);
        return copy;
    }

    /** Activity Definitions from the store (when it has one) and one language per language map. */
    public static ObjectNode canonical(JsonNode statement, String acceptLanguage, ActivityDefinitions definitions) {
        ObjectNode copy = (ObjectNode) statement.deepCopy();
        LanguagePicker picker = new LanguagePicker(acceptLanguage);
        rewrite(copy, new Rewrites(UnaryOperator.identity(), a -> canonicalActivity(a, picker, definitions), verb -> {
            picker.reduce(verb.get("display"));
            return verb;
        }));
        return copy;
    }

    /** How one format rewrites each kind of node. */
    private record Rewrites(
            UnaryOperator<JsonNode> agents, UnaryOperator<JsonNode> activities, UnaryOperator<JsonNode> verbs) {}

    /** Applies the rewrites to every agent, activity and verb of a statement body, SubStatement included. */
    private static void rewrite(ObjectNode body, Rewrites rewrites) {
        UnaryOperator<JsonNode> agents = rewrites.agents();
        UnaryOperator<JsonNode> activities = rewrites.activities();
        replace(body, "actor", agents);
        replace(body, "verb", rewrites.verbs());
        if (body.get("object") instanceof ObjectNode object) {
            String type = object.path("objectType").asText("Activity");
            switch (type) {
                case "Activity" -> body.set("object", activities.apply(object));
                case "Agent", "Group" -> body.set("object", agents.apply(object));
                case "SubStatement" -> rewrite(object, rewrites);
                default -> {}
            }
        }
        if (body.get("context") instanceof ObjectNode context) {
            replace(context, "instructor", agents);
            replace(context, "team", agents);
            context.path("contextAgents").forEach(a -> replace((ObjectNode) a, "agent", agents));
            context.path("contextGroups").forEach(g -> replace((ObjectNode) g, "group", agents));
            JsonNode contextActivities = context.path("contextActivities");
            for (String kind : ACTIVITY_KINDS) {
                if (contextActivities.get(kind) instanceof ArrayNode list) {
                    for (int i = 0; i < list.size(); i++) {
                        list.set(i, activities.apply(list.get(i)));
                    }
                }
            }
        }
    }

    private static void replace(ObjectNode parent, String key, UnaryOperator<JsonNode> rewrite) {
        JsonNode value = parent.get(key);
        if (value != null && value.isObject()) {
            parent.set(key, rewrite.apply(value));
        }
    }

    private static JsonNode agentIds(JsonNode agent) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (agent.has("objectType")) {
            out.set("objectType", agent.get("objectType"));
        }
        IFIS.stream().filter(agent::has).findFirst().ifPresent(ifi -> out.set(ifi, agent.get(ifi)));
        boolean anonymous = IFIS.stream().noneMatch(agent::has);
        if (anonymous && agent.get("member") instanceof ArrayNode members) {
            ArrayNode list = out.putArray("member");
            members.forEach(m -> list.add(agentIds(m)));
        }
        return out;
    }

    /** An Activity by its id alone (its objectType defaults to Activity, so it adds nothing to identify it). */
    private static JsonNode activityIds(JsonNode activity) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("id", activity.get("id"));
        return out;
    }

    private static JsonNode canonicalActivity(
            JsonNode activity, LanguagePicker picker, ActivityDefinitions definitions) {
        ObjectNode out = (ObjectNode) activity.deepCopy();
        definitions.definition(activity.path("id").asText()).ifPresent(d -> out.set("definition", d.deepCopy()));
        if (out.get("definition") instanceof ObjectNode definition) {
            picker.reduce(definition.get("name"));
            picker.reduce(definition.get("description"));
            for (String list : COMPONENT_LISTS) {
                definition.path(list).forEach(c -> picker.reduce(c.get("description")));
            }
        }
        return out;
    }
}
