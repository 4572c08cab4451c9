package org.pathwise.lrs.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.pathwise.lrs.xapi.model.Ifi;

/**
 * Builds the Person Object (Communication 2.6 of 1.0.3): {@code objectType} Person, and arrays of the names and
 * identifiers known for an agent. An agent has exactly one IFI, so the identifier array is that IFI, canonical.
 */
public final class Persons {
    private Persons() {}

    /**
     * The Person for the queried agent.
     *
     * @param agent the agent as given in the request (its own name counts as known)
     * @param knownNames names seen for the same IFI, oldest first
     */
    public static ObjectNode person(JsonNode agent, Collection<String> knownNames) {
        Ifi ifi = Ifi.of(agent).orElseThrow(() -> new IllegalArgumentException("the agent has no IFI"));
        ObjectNode person = JsonNodeFactory.instance.objectNode();
        person.put("objectType", "Person");
        Set<String> names = new LinkedHashSet<>(knownNames);
        if (agent.path("name").isTextual()) {
            names.add(agent.get("name").asText());
        }
        if (!names.isEmpty()) {
            names.forEach(person.putArray("name")::add);
        }
        if (ifi.type().equals("account")) {
            ObjectNode account = person.putArray("account").addObject();
            account.put("homePage", agent.path("account").path("homePage").asText());
            account.put("name", agent.path("account").path("name").asText());
        } else {
            person.putArray(ifi.type()).add(ifi.value());
        }
        return person;
    }
}
