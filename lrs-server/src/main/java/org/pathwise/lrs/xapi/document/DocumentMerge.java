package org.pathwise.lrs.xapi.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.pathwise.lrs.xapi.StrictJson;
import org.pathwise.lrs.xapi.XapiException;

/**
 * POST to a document resource (Communication 2.2): when the stored document and the posted one are both JSON objects,
 * the result is the stored object with the posted top-level properties set over it; any other pairing is a 400.
 */
public final class DocumentMerge {
    private DocumentMerge() {}

    /**
     * Merges a POSTed document into the stored one.
     *
     * @return the merged JSON, UTF-8, to store with Content-Type application/json
     */
    public static byte[] merge(byte[] stored, String storedContentType, byte[] posted, String postedContentType) {
        ObjectNode base = object(stored, storedContentType, "the stored document");
        ObjectNode update = object(posted, postedContentType, "the posted document");
        base.setAll(update);
        try {
            return StrictJson.mapper().writeValueAsBytes(base);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed tree always serializes", e);
        }
    }

    /** Checks that a document POSTed where none is stored yet is a JSON object when it claims to be JSON. */
    public static void checkNew(byte[] posted, String postedContentType) {
        if (isJson(postedContentType)) {
            object(posted, postedContentType, "the posted document");
        }
    }

    public static boolean isJson(String contentType) {
        return contentType != null
                && contentType.split(";")[0].trim().toLowerCase(Locale.ROOT).equals("application/json");
    }

    private static ObjectNode object(byte[] content, String contentType, String what) {
        if (!isJson(contentType)) {
            throw XapiException.badRequest(what + " is not application/json, so the two cannot be merged");
        }
        JsonNode node;
        try {
            node = StrictJson.read(new String(content, StandardCharsets.UTF_8), "document");
        } catch (StrictJson.StrictJsonException e) {
            throw XapiException.badRequest(what + " is not valid JSON: " + e.rule());
        }
        if (!(node instanceof ObjectNode object)) {
            throw XapiException.badRequest(what + " is not a JSON object, so the two cannot be merged");
        }
        return object;
    }
}
