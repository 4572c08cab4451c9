package org.pathwise.lrs.xapi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The one strict JSON reader of the library: duplicate keys, trailing content and any JSON extension are errors,
 * and numbers keep their exact decimal value so a stored statement says what the client sent.
 */
public final class StrictJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private StrictJson() {}

    /** The shared mapper, for writing; never reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads {@code json}; a syntax error becomes a {@link StrictJsonException} naming where it happened, as a path
     * under {@code root} (e.g. {@code statement[2].actor}).
     */
    public static JsonNode read(String json, String root) {
        if (json == null || json.isBlank()) {
            throw new StrictJsonException(root, "must be a JSON document, the body is empty");
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StrictJsonException(path(e, root), "is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new StrictJsonException(root, "could not be read: " + e.getMessage());
        }
    }

    private static String path(JsonProcessingException e, String root) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return root;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext ctx = parser.getParsingContext(); ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
            if (ctx.inArray()) {
                parts.push("[" + Math.max(ctx.getCurrentIndex(), 0) + "]");
            } else if (ctx.getCurrentName() != null) {
                parts.push("." + ctx.getCurrentName());
            }
        }
        return root + String.join("", parts);
    }

    /** A syntax error: where, and what. Its kind is always 400. */
    public static final class StrictJsonException extends XapiException {
        private final String path;
        private final String rule;

        StrictJsonException(String path, String rule) {
            super(XapiErrorKind.BAD_REQUEST, path + ": " + rule);
            this.path = path;
            this.rule = rule;
        }

        public String path() {
            return path;
        }

        public String rule() {
            return rule;
        }
    }
}
