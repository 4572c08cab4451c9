package org.pathwise.lti.core.services;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One result of a line item (AGS 2.0 §3.3, {@code application/vnd.ims.lis.v2.resultcontainer+json}): the platform's
 * current grade of a user. {@code resultScore} and {@code resultMaximum} are absent when the user has no grade yet.
 */
public record Result(
        Optional<String> id,
        String userId,
        OptionalDouble resultScore,
        OptionalDouble resultMaximum,
        Optional<String> comment,
        Optional<String> scoreOf) {

    public static final String CONTAINER_MEDIA_TYPE = "application/vnd.ims.lis.v2.resultcontainer+json";

    static Result fromJson(JsonNode node) {
        return new Result(
                ServiceJson.text(node, "id"),
                ServiceJson.text(node, "userId").orElse(""),
                number(node, "resultScore"),
                number(node, "resultMaximum"),
                ServiceJson.text(node, "comment"),
                ServiceJson.text(node, "scoreOf"));
    }

    private static OptionalDouble number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() ? OptionalDouble.of(value.asDouble()) : OptionalDouble.empty();
    }
}
