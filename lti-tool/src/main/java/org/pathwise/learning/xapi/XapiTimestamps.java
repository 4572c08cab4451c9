package org.pathwise.learning.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** When a statement happened: its {@code timestamp}, else its {@code stored}; a time without offset is UTC. */
final class XapiTimestamps {

    private XapiTimestamps() {}

    static Optional<Instant> of(JsonNode statement) {
        for (String field : new String[] {"timestamp", "stored"}) {
            JsonNode v = statement.get(field);
            if (v != null && v.isTextual()) {
                Optional<Instant> t = parse(v.asText());
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<Instant> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }
}
