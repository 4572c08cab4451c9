package org.pathwise.lrs.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pathwise.lrs.store.Credential;

/** The Agent the LRS records as the {@code authority} of what a credential stores: an account named by its key. */
public final class Authorities {
    private Authorities() {}

    /** @param homePage the LRS's public address, the account's home page */
    public static ObjectNode of(Credential credential, String homePage) {
        ObjectNode agent = JsonNodeFactory.instance.objectNode();
        agent.put("objectType", "Agent");
        if (credential.label() != null && !credential.label().isBlank()) {
            agent.put("name", credential.label());
        }
        ObjectNode account = agent.putObject("account");
        account.put("homePage", homePage);
        account.put("name", credential.key());
        return agent;
    }
}
