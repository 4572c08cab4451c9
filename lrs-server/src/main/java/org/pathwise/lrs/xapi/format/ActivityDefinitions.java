package org.pathwise.lrs.xapi.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** The store's canonical Activity Definitions, looked up by activity id, for the {@code canonical} format. */
@FunctionalInterface
public interface ActivityDefinitions {
    Optional<JsonNode> definition(String activityId);

    /** No canonical definitions: each statement's own definitions are used. */
    static ActivityDefinitions none() {
        return id -> Optional.empty();
    }
}
