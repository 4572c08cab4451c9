package org.pathwise.lrs.xapi.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pathwise.lrs.xapi.XapiVersion;

/** Context (Data 2.4.6), its contextActivities, and 2.0's contextAgents and contextGroups. */
final class ContextRules {
    static final List<String> ACTIVITY_KINDS = List.of("parent", "grouping", "category", "other");
    private static final Set<String> KEYS_1_0 = Set.of(
            "registration",
            "instructor",
            "team",
            "contextActivities",
            "revision",
            "platform",
            "language",
            "statement",
            "extensions");

    private ContextRules() {}

    static void context(Checker c, JsonNode node, String path, boolean objectIsActivity) {
        if (!c.object(node, path)) {
            return;
        }
        c.onlyKeys(node, path, keys(c.version()));
        c.uuid(node, path, "registration", false);
        c.get(node, path, "instructor", false)
                .ifPresent(i -> AgentRules.agentOrGroup(c, i, Checker.at(path, "instructor")));
        c.get(node, path, "team", false).ifPresent(t -> team(c, t, Checker.at(path, "team")));
        c.get(node, path, "contextActivities", false)
                .ifPresent(a -> contextActivities(c, a, Checker.at(path, "contextActivities")));
        for (String key : List.of("revision", "platform")) {
            if (c.text(node, path, key, false).isPresent() && !objectIsActivity) {
                c.fail(Checker.at(path, key), "may only be used when the statement's object is an Activity");
            }
        }
        c.languageTag(node, path, "language");
        c.get(node, path, "statement", false)
                .ifPresent(s -> ObjectRules.statementRef(c, s, Checker.at(path, "statement")));
        c.extensions(node, path, "extensions");
        if (c.version() == XapiVersion.V2_0_0) {
            contextActors(c, node, path, "contextAgents", "contextAgent", "agent");
            contextActors(c, node, path, "contextGroups", "contextGroup", "group");
        }
    }

    private static Set<String> keys(XapiVersion version) {
        if (version == XapiVersion.V1_0_3) {
            return KEYS_1_0;
        }
        Set<String> keys = new HashSet<>(KEYS_1_0);
        keys.add("contextAgents");
        keys.add("contextGroups");
        return keys;
    }

    private static void team(Checker c, JsonNode team, String path) {
        if (!c.object(team, path)) {
            return;
        }
        if (!"Group".equals(team.path("objectType").textValue())) {
            c.fail(Checker.at(path, "objectType"), "team must be a Group (objectType \"Group\")");
            return;
        }
        AgentRules.group(c, team, path);
    }

    private static void contextActivities(Checker c, JsonNode node, String path) {
        if (!c.object(node, path)) {
            return;
        }
        c.onlyKeys(node, path, Set.copyOf(ACTIVITY_KINDS));
        for (String kind : ACTIVITY_KINDS) {
            c.get(node, path, kind, false).ifPresent(value -> {
                String where = Checker.at(path, kind);
                if (value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        ActivityRules.activity(c, value.get(i), Checker.at(where, i));
                    }
                } else {
                    ActivityRules.activity(c, value, where);
                }
            });
        }
    }

    /** contextAgents / contextGroups: arrays of {objectType, agent|group, relevantTypes (non-empty IRIs)}. */
    private static void contextActors(Checker c, JsonNode node, String path, String key, String type, String member) {
        c.array(node, path, key, false).ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                String where = Checker.at(Checker.at(path, key), i);
                JsonNode entry = list.get(i);
                if (!c.object(entry, where)) {
                    continue;
                }
                c.onlyKeys(entry, where, Set.of("objectType", member, "relevantTypes"));
                c.text(entry, where, "objectType", true).ifPresent(t -> {
                    if (!type.equals(t)) {
                        c.fail(Checker.at(where, "objectType"), "must be \"" + type + "\"");
                    }
                });
                c.get(entry, where, member, true).ifPresent(a -> actor(c, a, Checker.at(where, member), member));
                relevantTypes(c, entry, where);
            }
        });
    }

    private static void actor(Checker c, JsonNode actor, String path, String member) {
        if ("agent".equals(member)) {
            AgentRules.agent(c, actor, path);
        } else if (c.object(actor, path)) {
            if ("Group".equals(actor.path("objectType").textValue())) {
                AgentRules.group(c, actor, path);
            } else {
                c.fail(Checker.at(path, "objectType"), "must be \"Group\"");
            }
        }
    }

    private static void relevantTypes(Checker c, JsonNode entry, String path) {
        c.array(entry, path, "relevantTypes", false).ifPresent(types -> {
            String where = Checker.at(path, "relevantTypes");
            if (types.isEmpty()) {
                c.fail(where, "must hold at least one IRI when present");
            }
            for (int i = 0; i < types.size(); i++) {
                if (!types.get(i).isTextual() || !Formats.isIri(types.get(i).textValue())) {
                    c.fail(Checker.at(where, i), "must be an absolute IRI with a scheme");
                }
            }
        });
    }
}
