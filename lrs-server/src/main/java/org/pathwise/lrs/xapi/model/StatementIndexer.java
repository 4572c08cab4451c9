package org.pathwise.lrs.xapi.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Extracts a {@link StatementIndex} from a statement that passed validation. UUIDs come out in lower case. */
public final class StatementIndexer {
    public static final String VOIDED_VERB = "http://adlnet.gov/expapi/verbs/voided";
    private static final String[] CONTEXT_ACTIVITY_KINDS = {"parent", "grouping", "category", "other"};

    private StatementIndexer() {}

    public static StatementIndex index(JsonNode statement) {
        JsonNode object = statement.path("object");
        String objectType = object.path("objectType").asText("Activity");
        Set<String> agents = new LinkedHashSet<>();
        Ifi.of(statement.get("actor")).ifPresent(i -> agents.add(i.key()));
        Optional<String> objectAgent = agentObject(objectType) ? Ifi.of(object).map(Ifi::key) : Optional.empty();
        objectAgent.ifPresent(agents::add);
        Set<String> relatedAgents = new LinkedHashSet<>();
        Set<String> relatedActivities = new LinkedHashSet<>();
        collect(statement, relatedAgents, relatedActivities);
        addAgent(statement.get("authority"), relatedAgents);
        Optional<String> refId =
                "StatementRef".equals(objectType) ? text(object, "id").map(StatementIndexer::uuid) : Optional.empty();
        String verbId = statement.path("verb").path("id").asText();
        return new StatementIndex(
                text(statement, "id").map(StatementIndexer::uuid),
                Ifi.of(statement.get("actor")).map(Ifi::key),
                verbId,
                objectType,
                "Activity".equals(objectType) ? text(object, "id") : Optional.empty(),
                objectAgent,
                refId,
                text(statement.path("context"), "registration").map(StatementIndexer::uuid),
                VOIDED_VERB.equals(verbId) ? refId : Optional.empty(),
                Set.copyOf(agents),
                Set.copyOf(relatedAgents),
                Set.copyOf(relatedActivities));
    }

    /** Agents and activities of a statement or SubStatement body (actor, object, context), recursing once. */
    private static void collect(JsonNode body, Set<String> agents, Set<String> activities) {
        addAgent(body.get("actor"), agents);
        JsonNode object = body.path("object");
        String type = object.path("objectType").asText("Activity");
        if ("Activity".equals(type)) {
            text(object, "id").ifPresent(activities::add);
        } else if (agentObject(type)) {
            addAgent(object, agents);
        } else if ("SubStatement".equals(type)) {
            collect(object, agents, activities);
        }
        JsonNode context = body.path("context");
        addAgent(context.get("instructor"), agents);
        addAgent(context.get("team"), agents);
        context.path("contextAgents").forEach(a -> addAgent(a.get("agent"), agents));
        context.path("contextGroups").forEach(g -> addAgent(g.get("group"), agents));
        JsonNode contextActivities = context.path("contextActivities");
        for (String kind : CONTEXT_ACTIVITY_KINDS) {
            JsonNode value = contextActivities.path(kind);
            if (value.isObject()) {
                text(value, "id").ifPresent(activities::add);
            }
            value.forEach(a -> text(a, "id").ifPresent(activities::add));
        }
    }

    /** Adds an Agent's or Group's IFI and, for a Group, each member's. */
    private static void addAgent(JsonNode actor, Set<String> agents) {
        if (actor == null || !actor.isObject()) {
            return;
        }
        Ifi.of(actor).ifPresent(i -> agents.add(i.key()));
        actor.path("member").forEach(m -> Ifi.of(m).ifPresent(i -> agents.add(i.key())));
    }

    private static boolean agentObject(String type) {
        return "Agent".equals(type) || "Group".equals(type);
    }

    private static Optional<String> text(JsonNode node, String key) {
        JsonNode value = node == null ? null : node.get(key);
        return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
    }

    private static String uuid(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
