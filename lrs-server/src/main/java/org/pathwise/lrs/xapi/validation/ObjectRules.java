package org.pathwise.lrs.xapi.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** The statement's object (Data 2.4.4): Activity, Agent, Group, StatementRef or SubStatement. */
final class ObjectRules {
    private ObjectRules() {}

    static void object(Checker c, JsonNode node, String path, boolean insideSubStatement) {
        if (!c.object(node, path)) {
            return;
        }
        String type = c.text(node, path, "objectType", false).orElse("Activity");
        switch (type) {
            case "Activity" -> ActivityRules.activity(c, node, path);
            case "Agent" -> AgentRules.agent(c, node, path);
            case "Group" -> AgentRules.group(c, node, path);
            case "StatementRef" -> statementRef(c, node, path);
            case "SubStatement" -> {
                if (insideSubStatement) {
                    c.fail(Checker.at(path, "objectType"), "a SubStatement must not contain a SubStatement");
                } else {
                    StatementRules.subStatement(c, node, path);
                }
            }
            default ->
                c.fail(
                        Checker.at(path, "objectType"),
                        "must be one of Activity, Agent, Group, StatementRef, SubStatement");
        }
    }

    /** A Statement Reference: objectType "StatementRef" and the UUID of the statement it points to. */
    static void statementRef(Checker c, JsonNode node, String path) {
        if (!c.object(node, path)) {
            return;
        }
        c.onlyKeys(node, path, Set.of("objectType", "id"));
        c.text(node, path, "objectType", true).ifPresent(t -> {
            if (!"StatementRef".equals(t)) {
                c.fail(Checker.at(path, "objectType"), "must be \"StatementRef\"");
            }
        });
        c.uuid(node, path, "id", true);
    }
}
