package org.pathwise.lrs.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * What the shared client checks ({@code src/test/node/client-checks.js}) report, and the assertions both ITs make on
 * it: the statement each library sent comes back unchanged by id and by an agent query, with what the LRS adds;
 * the state document comes back as it was put.
 */
final class ClientReport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SENT_PROPERTIES = {"id", "actor", "verb", "object", "result", "context", "timestamp"};

    private ClientReport() {}

    /** The folder holding the client checks and their installed node_modules. */
    static Path nodeDir() {
        return Path.of(System.getProperty("pathwise.test.node-dir", "src/test/node"));
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("the client checks did not print a JSON report: " + json, e);
        }
    }

    /** @xapi/xapi's part: the id POST answered, the statement by id, the agent query, the state document. */
    static void assertXapiJs(JsonNode part, String expectedVersionHeader) {
        JsonNode sent = part.get("sent");
        assertThat(part.get("postedIds")).hasSize(1);
        assertThat(part.get("postedIds").get(0).asText())
                .isEqualTo(sent.get("id").asText());
        assertThat(part.get("responseVersionHeader").asText()).isEqualTo(expectedVersionHeader);
        assertReadBack(part, sent);
    }

    /** tincanjs's part: the statement by id (as the library parsed it), the agent query, the state document. */
    static void assertTinCan(JsonNode part) {
        assertReadBack(part, part.get("sent"));
        assertThat(part.get("stateEtag").asText())
                .as("the state document's ETag")
                .isNotBlank();
    }

    private static void assertReadBack(JsonNode part, JsonNode sent) {
        JsonNode back = part.get("byId");
        for (String property : SENT_PROPERTIES) {
            assertThat(back.get(property))
                    .as("statement %s read back by id", property)
                    .isEqualTo(sent.get(property));
        }
        assertThat(back.path("stored").asText()).as("stored, set by the LRS").isNotBlank();
        assertThat(back.path("authority").path("objectType").asText())
                .as("authority, set by the LRS")
                .isNotBlank();
        assertThat(part.get("byAgentIds"))
                .as("the query by the statement's agent (a fresh agent) finds exactly that statement")
                .containsExactly(sent.get("id"));
        assertThat(part.get("stateBack")).as("the state document read back").isEqualTo(part.get("stateSent"));
    }
}
