package org.pathwise.lti.core.keys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.RSAKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The storage form of a {@link ToolKeyRing}: JSON with private JWKs
 * ({@code {"current":{"createdAt","jwk"},"next":…,"retired":[{"publishedUntil","createdAt","jwk"}]}}). It contains
 * private keys: the container encrypts it before writing it to the database.
 */
public final class ToolKeyRingJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private ToolKeyRingJson() {}

    public static String write(ToolKeyRing ring) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("current", key(ring.current()));
        ring.next().ifPresent(next -> root.set("next", key(next)));
        ArrayNode retired = root.putArray("retired");
        ring.retired()
                .forEach(r -> retired.add(
                        key(r.key()).put("publishedUntil", r.publishedUntil().toString())));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the key ring", e);
        }
    }

    public static ToolKeyRing read(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            List<RetiredKey> retired = new ArrayList<>();
            for (JsonNode node : root.path("retired")) {
                retired.add(new RetiredKey(
                        key(node), Instant.parse(node.path("publishedUntil").asText())));
            }
            Optional<ToolKey> next = root.hasNonNull("next") ? Optional.of(key(root.get("next"))) : Optional.empty();
            return new ToolKeyRing(key(root.path("current")), next, retired);
        } catch (JsonProcessingException | ParseException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "not a stored tool key ring (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static ObjectNode key(ToolKey key) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("createdAt", key.createdAt().toString());
        node.set("jwk", MAPPER.valueToTree(key.jwk().toJSONObject()));
        return node;
    }

    private static ToolKey key(JsonNode node) throws ParseException {
        Map<String, Object> jwk = MAPPER.convertValue(node.path("jwk"), MAP);
        return new ToolKey(
                RSAKey.parse(jwk), Instant.parse(node.path("createdAt").asText()));
    }
}
