package org.pathwise.lrs.xapi.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/** Agents, Groups, inverse functional identifiers and accounts (Data 2.4.2) and authorities (Data 2.4.9). */
final class AgentRules {
    static final List<String> IFIS = List.of("mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> AGENT_KEYS =
            Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> GROUP_KEYS =
            Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account", "member");

    private AgentRules() {}

    /** An Agent or a Group; {@code objectType} may be omitted, which means Agent. */
    static void agentOrGroup(Checker c, JsonNode node, String path) {
        if (!c.object(node, path)) {
            return;
        }
        String type = c.text(node, path, "objectType", false).orElse("Agent");
        switch (type) {
            case "Agent" -> agent(c, node, path);
            case "Group" -> group(c, node, path);
            default -> c.fail(Checker.at(path, "objectType"), "must be \"Agent\" or \"Group\"");
        }
    }

    /** An Agent: at most an objectType of "Agent", a name, and exactly one IFI. */
    static void agent(Checker c, JsonNode node, String path) {
        if (!c.object(node, path)) {
            return;
        }
        c.onlyKeys(node, path, AGENT_KEYS);
        c.text(node, path, "objectType", false).ifPresent(t -> {
            if (!"Agent".equals(t)) {
                c.fail(Checker.at(path, "objectType"), "must be \"Agent\"");
            }
        });
        c.text(node, path, "name", false);
        if (ifis(c, node, path) != 1) {
            c.fail(
                    path,
                    "an Agent must have exactly one inverse functional identifier (mbox, mbox_sha1sum, openid, account)");
        }
    }

    /** A Group: objectType "Group"; identified (one IFI) or anonymous (no IFI, at least one member). */
    static void group(Checker c, JsonNode node, String path) {
        c.onlyKeys(node, path, GROUP_KEYS);
        c.text(node, path, "name", false);
        int count = ifis(c, node, path);
        if (count > 1) {
            c.fail(path, "a Group must have at most one inverse functional identifier");
        }
        var members = c.array(node, path, "member", count == 0);
        if (members.isPresent() && count == 0 && members.get().isEmpty()) {
            c.fail(Checker.at(path, "member"), "an anonymous Group must list at least one member");
        }
        members.ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                String where = Checker.at(Checker.at(path, "member"), i);
                JsonNode member = list.get(i);
                if (member.isObject()
                        && "Group".equals(member.path("objectType").textValue())) {
                    c.fail(Checker.at(where, "objectType"), "a Group's members must be Agents, not Groups");
                } else {
                    agent(c, member, where);
                }
            }
        });
    }

    /** Authority (Data 2.4.9): an Agent, or a Group of exactly two Agents for OAuth consumer and user. */
    static void authority(Checker c, JsonNode node, String path) {
        agentOrGroup(c, node, path);
        if (node.isObject() && "Group".equals(node.path("objectType").textValue())) {
            JsonNode members = node.get("member");
            if (members == null || !members.isArray() || members.size() != 2) {
                c.fail(path, "an authority Group must have exactly two members (OAuth consumer and user)");
            } else if (IFIS.stream().anyMatch(node::has)) {
                c.fail(path, "an authority Group must be anonymous (no inverse functional identifier)");
            } else if (!members.get(0).has("account") && !members.get(1).has("account")) {
                c.fail(path, "an authority Group's OAuth consumer must be an Agent identified by account");
            }
        }
    }

    /** Validates every IFI present and returns how many there are. */
    private static int ifis(Checker c, JsonNode node, String path) {
        int count = 0;
        for (String ifi : IFIS) {
            if (node.has(ifi)) {
                count++;
            }
        }
        c.text(node, path, "mbox", false).ifPresent(v -> {
            if (!Formats.isMailto(v)) {
                c.fail(Checker.at(path, "mbox"), "must be a mailto: IRI");
            }
        });
        c.text(node, path, "mbox_sha1sum", false).ifPresent(v -> {
            if (!Formats.isSha1Hex(v)) {
                c.fail(Checker.at(path, "mbox_sha1sum"), "must be a hex-encoded SHA-1 of 40 characters");
            }
        });
        c.iri(node, path, "openid", false);
        c.get(node, path, "account", false).ifPresent(account -> account(c, account, Checker.at(path, "account")));
        return count;
    }

    private static void account(Checker c, JsonNode account, String path) {
        if (!c.object(account, path)) {
            return;
        }
        c.onlyKeys(account, path, Set.of("homePage", "name"));
        c.iri(account, path, "homePage", true);
        c.text(account, path, "name", true);
    }
}
