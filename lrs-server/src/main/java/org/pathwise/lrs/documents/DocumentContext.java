package org.pathwise.lrs.documents;

import java.util.Objects;
import org.pathwise.lrs.xapi.model.Ifi;

/**
 * The set a document id is unique in: a store, a kind, and the kind's identifying parameters. It is also what the
 * multiple-document GET lists and the State DELETE without {@code stateId} empties.
 *
 * @param activityId the activity id, null for agent profiles
 * @param agent the agent's IFI, null for activity profiles
 * @param registration the registration UUID in lower case, null when none was given (State only)
 */
public record DocumentContext(long storeId, DocumentKind kind, String activityId, Ifi agent, String registration) {

    public DocumentContext {
        Objects.requireNonNull(kind, "kind");
        if (kind.byActivity() != (activityId != null) || kind.byAgent() != (agent != null)) {
            throw new IllegalArgumentException(kind + " documents are identified by "
                    + (kind.byActivity() ? "an activity id " : "") + (kind.byAgent() ? "an agent" : ""));
        }
        if (registration != null && !kind.byRegistration()) {
            throw new IllegalArgumentException("only state documents have a registration");
        }
    }

    public String activityHash() {
        return KeyHash.ofNullable(activityId);
    }

    public String agentHash() {
        return KeyHash.ofNullable(agent == null ? null : agent.key());
    }

    /** The registration column: the UUID, or the empty string for none. */
    public String registrationColumn() {
        return registration == null ? "" : registration;
    }

    public DocumentKey document(String documentId) {
        return new DocumentKey(this, documentId);
    }
}
