package org.pathwise.learning.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The default learner id of an xAPI Agent: its inverse functional identifier as one string ({@code mailto:...},
 * {@code sha1:<hex>}, the openid URI, or {@code account:<homePage>|<name>}). Groups have none.
 */
public final class LearnerIds {

    private LearnerIds() {}

    public static Optional<String> of(JsonNode actor) {
        if (actor == null || "Group".equals(actor.path("objectType").asText())) {
            return Optional.empty();
        }
        if (actor.hasNonNull("mbox")) {
            return Optional.of(actor.get("mbox").asText());
        }
        if (actor.hasNonNull("mbox_sha1sum")) {
            return Optional.of("sha1:" + actor.get("mbox_sha1sum").asText());
        }
        if (actor.hasNonNull("openid")) {
            return Optional.of(actor.get("openid").asText());
        }
        JsonNode account = actor.path("account");
        if (account.hasNonNull("homePage") && account.hasNonNull("name")) {
            return Optional.of("account:" + account.get("homePage").asText() + "|"
                    + account.get("name").asText());
        }
        return Optional.empty();
    }
}
