package org.pathwise.tool.pages.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.pathwise.learning.xapi.LearnerIds;

/** Short readable texts for a statement's parts, for the browser's table (the full JSON is shown beside them). */
final class StatementText {

    private StatementText() {}

    static String actor(JsonNode actor) {
        String id = LearnerIds.of(actor).orElse(actor.path("objectType").asText("Agent"));
        return actor.hasNonNull("name") ? actor.get("name").asText() + " <" + id + ">" : id;
    }

    static String verb(JsonNode verb) {
        return display(verb.path("display")).orElse(verb.path("id").asText());
    }

    static String object(JsonNode object) {
        String type = object.path("objectType").asText("Activity");
        if ("Activity".equals(type)) {
            String id = object.path("id").asText();
            return display(object.path("definition").path("name"))
                    .map(n -> n + " (" + id + ")")
                    .orElse(id);
        }
        if ("StatementRef".equals(type)) {
            return "statement " + object.path("id").asText();
        }
        if ("SubStatement".equals(type)) {
            return "sub-statement: " + verb(object.path("verb"));
        }
        return actor(object);
    }

    static String result(JsonNode result) {
        if (result.isMissingNode() || result.isNull()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (result.has("success")) {
            parts.add(result.get("success").asBoolean() ? "success" : "failure");
        }
        if (result.has("completion")) {
            parts.add(result.get("completion").asBoolean() ? "completed" : "not completed");
        }
        if (result.path("score").has("scaled")) {
            parts.add("score " + result.path("score").get("scaled").asText());
        } else if (result.path("score").has("raw")) {
            parts.add("score " + result.path("score").get("raw").asText());
        }
        if (result.has("duration")) {
            parts.add(result.get("duration").asText());
        }
        return String.join(", ", parts);
    }

    private static java.util.Optional<String> display(JsonNode languageMap) {
        if (!languageMap.isObject() || languageMap.isEmpty()) {
            return java.util.Optional.empty();
        }
        for (String lang : List.of("en-US", "en", "en-GB", "und")) {
            if (languageMap.hasNonNull(lang)) {
                return java.util.Optional.of(languageMap.get(lang).asText());
            }
        }
        return java.util.Optional.of(languageMap.elements().next().asText());
    }
}
