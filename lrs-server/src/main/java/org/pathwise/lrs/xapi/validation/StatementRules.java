package org.pathwise.lrs.xapi.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** A Statement and a SubStatement as a whole (Data 2.4), including the rules spanning several properties. */
final class StatementRules {
    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";
    private static final Set<String> STATEMENT_KEYS = Set.of(
            "id",
            "actor",
            "verb",
            "object",
            "result",
            "context",
            "timestamp",
            "stored",
            "authority",
            "version",
            "attachments");
    private static final Set<String> SUB_KEYS =
            Set.of("objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments");
    private static final Set<String> NOT_IN_SUB = Set.of("id", "stored", "version", "authority");

    private StatementRules() {}

    static void statement(Checker c, JsonNode node, String path) {
        if (!c.object(node, path)) {
            return;
        }
        c.onlyKeys(node, path, STATEMENT_KEYS);
        c.uuid(node, path, "id", false);
        body(c, node, path, false);
        timestamp(c, node, path, "stored");
        c.get(node, path, "authority", false).ifPresent(a -> AgentRules.authority(c, a, Checker.at(path, "authority")));
        c.text(node, path, "version", false).ifPresent(v -> {
            if (!c.version().acceptsStatementVersion(v)) {
                c.fail(
                        Checker.at(path, "version"),
                        "must be 1.0 or 1.0.x" + (c.version().header().startsWith("2") ? " or 2.0.x" : ""));
            }
        });
        voiding(c, node, path);
    }

    static void subStatement(Checker c, JsonNode node, String path) {
        for (String key : NOT_IN_SUB) {
            if (node.has(key)) {
                c.fail(Checker.at(path, key), "is not allowed in a SubStatement");
            }
        }
        c.onlyKeys(node, path, union(SUB_KEYS, NOT_IN_SUB));
        body(c, node, path, true);
    }

    /** What a Statement and a SubStatement share: actor, verb, object, result, context, timestamp, attachments. */
    private static void body(Checker c, JsonNode node, String path, boolean sub) {
        c.get(node, path, "actor", true).ifPresent(a -> AgentRules.agentOrGroup(c, a, Checker.at(path, "actor")));
        c.get(node, path, "verb", true).ifPresent(v -> verb(c, v, Checker.at(path, "verb")));
        c.get(node, path, "object", true).ifPresent(o -> ObjectRules.object(c, o, Checker.at(path, "object"), sub));
        c.get(node, path, "result", false).ifPresent(r -> ResultRules.result(c, r, Checker.at(path, "result")));
        boolean activity = isActivity(node.get("object"));
        c.get(node, path, "context", false)
                .ifPresent(x -> ContextRules.context(c, x, Checker.at(path, "context"), activity));
        timestamp(c, node, path, "timestamp");
        AttachmentRules.attachments(c, node, path);
    }

    private static void verb(Checker c, JsonNode verb, String path) {
        if (!c.object(verb, path)) {
            return;
        }
        c.onlyKeys(verb, path, Set.of("id", "display"));
        c.iri(verb, path, "id", true);
        c.languageMap(verb, path, "display", false);
    }

    private static void timestamp(Checker c, JsonNode node, String path, String key) {
        c.text(node, path, key, false).ifPresent(t -> {
            if (Timestamps.parse(t, c.version()).isEmpty()) {
                c.fail(
                        Checker.at(path, key),
                        "must be an ISO 8601 timestamp"
                                + (c.version().header().startsWith("2") ? " in RFC 3339 form" : "")
                                + " with a known offset");
            }
        });
    }

    /** Data 2.3.2: a statement with the verb "voided" must have a StatementRef as its object. */
    private static void voiding(Checker c, JsonNode node, String path) {
        JsonNode object = node.get("object");
        if (VOIDED.equals(node.path("verb").path("id").textValue())
                && object != null
                && object.isObject()
                && !"StatementRef".equals(object.path("objectType").textValue())) {
            c.fail(
                    Checker.at(Checker.at(path, "object"), "objectType"),
                    "a voiding statement's object must be a StatementRef");
        }
    }

    private static boolean isActivity(JsonNode object) {
        if (object == null || !object.isObject()) {
            return true;
        }
        JsonNode type = object.get("objectType");
        return type == null || "Activity".equals(type.textValue());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
