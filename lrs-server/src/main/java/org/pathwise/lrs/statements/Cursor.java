package org.pathwise.lrs.statements;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Base64;
import org.pathwise.lrs.xapi.XapiException;

/**
 * The opaque token of a {@code more} link: the query, the store it ran in and the seq of the last statement served.
 * The next page continues strictly after that seq, so pages neither repeat nor skip while writes continue.
 *
 * @param store the store id; a cursor is only valid in its own store
 * @param query the query, as first asked
 * @param after the last seq served
 */
public record Cursor(long store, StatementQuery query, long after) {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String encode() {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MAPPER.writeValueAsBytes(this));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a cursor is always serializable", e);
        }
    }

    /** @throws XapiException 400 when the token is not one this LRS made */
    public static Cursor decode(String token) {
        try {
            Cursor cursor = MAPPER.readValue(Base64.getUrlDecoder().decode(token), Cursor.class);
            if (cursor.query() == null || cursor.query().format() == null) {
                throw XapiException.badRequest("more: not a cursor of this LRS");
            }
            return cursor;
        } catch (IllegalArgumentException | IOException e) {
            throw XapiException.badRequest("more: not a cursor of this LRS");
        }
    }
}
