package org.pathwise.player.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.pathwise.player.db.Json;
import org.pathwise.scorm.runtime.CmiData;
import org.pathwise.tool.platform.ApiException;

/**
 * A commit as scorm-again sends it with {@code dataCommitFormat: "flattened"}: {@code cmi.*} / {@code adl.*} elements,
 * {@code commitSequence} (includeCommitSequence) and {@code terminate} (terminateCommitPayloadField) on the final one,
 * plus {@code sharedData} (targetID → store) that the player page adds: the 4th Edition shared data stores the SCO may
 * write.
 */
record CommitPayload(CmiData cmi, Optional<Integer> sequence, boolean terminate, Map<String, String> sharedData) {

    static CommitPayload parse(String body) {
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "The commit is not JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "The commit must be a JSON object");
        }
        Map<String, String> values = new LinkedHashMap<>();
        json.fields().forEachRemaining(e -> {
            String key = e.getKey();
            JsonNode v = e.getValue();
            if ((key.startsWith("cmi.") || key.startsWith("adl.")) && v.isValueNode() && !v.isNull()) {
                values.put(key, v.asText());
            }
        });
        Map<String, String> shared = new LinkedHashMap<>();
        JsonNode sharedJson = json.get("sharedData");
        if (sharedJson != null && !sharedJson.isNull()) {
            if (!sharedJson.isObject()) {
                throw new ApiException(
                        ApiException.Kind.BAD_REQUEST, "sharedData: an object of targetID to store text");
            }
            sharedJson.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()) {
                    shared.put(e.getKey(), e.getValue().asText());
                }
            });
        }
        JsonNode seq = json.get("commitSequence");
        JsonNode end = json.get("terminate");
        return new CommitPayload(
                new CmiData(values),
                seq != null && seq.canConvertToInt() ? Optional.of(seq.asInt()) : Optional.empty(),
                end != null && (end.asBoolean() || "true".equals(end.asText())),
                shared);
    }
}
