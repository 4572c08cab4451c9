package org.pathwise.lrs.xapi.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pathwise.lrs.xapi.StrictJson;
import org.pathwise.lrs.xapi.StrictJson.StrictJsonException;
import org.pathwise.lrs.xapi.XapiVersion;
import org.pathwise.lrs.xapi.validation.StatementParser;
import org.pathwise.lrs.xapi.validation.ValidationException;
import org.pathwise.lrs.xapi.validation.Violation;

/**
 * The {@code agent} query parameter of the Statement, State, Agents and Agent Profile resources: a JSON Agent or
 * identified Group, reduced to its IFI.
 */
public final class AgentParameter {
    private AgentParameter() {}

    /**
     * Parses the parameter's value.
     *
     * @param name the parameter's name, used as the root of reported paths ({@code agent.mbox})
     * @throws ValidationException when it is not JSON, not a valid Agent/Group, or a Group without an IFI
     */
    public static Ifi parse(String json, String name, XapiVersion version) {
        JsonNode node;
        try {
            node = StrictJson.read(json, name);
        } catch (StrictJsonException e) {
            throw new ValidationException(e.path(), e.rule());
        }
        if (!node.isObject()) {
            throw new ValidationException(name, "must be a JSON object (an Agent or identified Group)");
        }
        if (Ifi.of(node).isEmpty()) {
            throw new ValidationException(
                    name, "must have an inverse functional identifier (mbox, mbox_sha1sum, openid, account)");
        }
        var violations = new StatementParser(version)
                .violations(probe(node), "statement").stream()
                        .filter(v -> v.path().startsWith("statement.actor"))
                        .map(v -> new Violation(name + v.path().substring("statement.actor".length()), v.rule()))
                        .toList();
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return Ifi.of(node).orElseThrow();
    }

    /** A minimal statement with the agent as its actor, so the actor rules apply unchanged. */
    private static ObjectNode probe(JsonNode agent) {
        ObjectNode statement = JsonNodeFactory.instance.objectNode();
        statement.set("actor", agent);
        statement.putObject("verb").put("id", "http://example.com/verb");
        statement.putObject("object").put("id", "http://example.com/activity");
        return statement;
    }
}
