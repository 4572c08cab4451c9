package org.pathwise.pathways.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Which statements of the LRS feed belong in the learner record: those whose actor is an account of this tool
 * (home page the tool's public URL; its name is the learner id), except the tool's own sequencing decisions
 * (verbs under {@value #OWN_VERBS}), which describe no learning. Voiding statements are recognised separately.
 */
final class StatementFilter {

    static final String OWN_VERBS = "https://pathwise.org/xapi/verbs/";
    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private final String homePage;

    StatementFilter(String homePage) {
        this.homePage = strip(homePage);
    }

    /** The learner id, when the statement is kept. */
    Optional<String> learner(JsonNode s) {
        if (s.path("verb").path("id").asText().startsWith(OWN_VERBS) || !s.hasNonNull("id")) {
            return Optional.empty();
        }
        JsonNode account = s.path("actor").path("account");
        if (!strip(account.path("homePage").asText()).equals(homePage)
                || account.path("name").asText().isEmpty()
                || account.path("name").asText().length() > 128) {
            return Optional.empty();
        }
        return Optional.of(account.path("name").asText());
    }

    /** For a voiding statement, the id of the statement it voids. */
    static Optional<String> voids(JsonNode s) {
        JsonNode object = s.path("object");
        return VOIDED.equals(s.path("verb").path("id").asText())
                        && "StatementRef".equals(object.path("objectType").asText())
                ? Optional.of(object.path("id").asText())
                : Optional.empty();
    }

    /** When it happened: timestamp, else stored, else now (for ordering only). */
    static Instant time(JsonNode s) {
        for (String field : new String[] {"timestamp", "stored"}) {
            try {
                if (s.path(field).isTextual()) {
                    return OffsetDateTime.parse(s.get(field).asText()).toInstant();
                }
            } catch (DateTimeParseException e) {
                // try the next field
            }
        }
        return Instant.now();
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
