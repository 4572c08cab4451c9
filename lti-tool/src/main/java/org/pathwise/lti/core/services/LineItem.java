package org.pathwise.lti.core.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * An AGS line item (a gradebook column). {@code id} is its URL, absent before creation. {@code label} and a
 * positive {@code scoreMaximum} are required (AGS 2.0 §3.2).
 */
public record LineItem(
        Optional<String> id,
        String label,
        double scoreMaximum,
        Optional<String> resourceId,
        Optional<String> tag,
        Optional<String> resourceLinkId,
        Optional<String> startDateTime,
        Optional<String> endDateTime) {
    public static final String MEDIA_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
    public static final String CONTAINER_MEDIA_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";

    public LineItem {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a line item needs a label");
        }
        if (!(scoreMaximum > 0)) {
            throw new IllegalArgumentException("a line item needs a positive scoreMaximum: " + scoreMaximum);
        }
    }

    public static LineItem of(String label, double scoreMaximum) {
        return new LineItem(
                Optional.empty(),
                label,
                scoreMaximum,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public LineItem withResource(String resourceId, String tag, String resourceLinkId) {
        return new LineItem(
                id,
                label,
                scoreMaximum,
                Optional.ofNullable(resourceId),
                Optional.ofNullable(tag),
                Optional.ofNullable(resourceLinkId),
                startDateTime,
                endDateTime);
    }

    ObjectNode toJson() {
        ObjectNode node = ServiceJson.MAPPER.createObjectNode();
        id.ifPresent(value -> node.put("id", value));
        node.put("label", label);
        node.put("scoreMaximum", scoreMaximum);
        resourceId.ifPresent(value -> node.put("resourceId", value));
        tag.ifPresent(value -> node.put("tag", value));
        resourceLinkId.ifPresent(value -> node.put("resourceLinkId", value));
        startDateTime.ifPresent(value -> node.put("startDateTime", value));
        endDateTime.ifPresent(value -> node.put("endDateTime", value));
        return node;
    }

    static LineItem fromJson(JsonNode node) {
        return new LineItem(
                ServiceJson.text(node, "id"),
                ServiceJson.text(node, "label").orElse("(no label)"),
                node.path("scoreMaximum").asDouble(),
                ServiceJson.text(node, "resourceId"),
                ServiceJson.text(node, "tag"),
                ServiceJson.text(node, "resourceLinkId"),
                ServiceJson.text(node, "startDateTime"),
                ServiceJson.text(node, "endDateTime"));
    }
}
