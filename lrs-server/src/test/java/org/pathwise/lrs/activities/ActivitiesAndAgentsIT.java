package org.pathwise.lrs.activities;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;
import org.pathwise.lrs.documents.XapiClient;

/**
 * The Activities and Agents resources over HTTP: what they answer for unknown ids, and what statement ingest teaches
 * them (the canonical definition, the names seen for an agent), per store.
 */
class ActivitiesAndAgentsIT {

    static PathwiseServer server;

    @BeforeAll
    static void start() {
        server = TestServer.get();
    }

    private static String statement(String mbox, String name, String activityId, String definition) {
        return "{\"actor\":{\"mbox\":\"" + mbox + "\",\"name\":\"" + name + "\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\"},"
                + "\"object\":{\"id\":\"" + activityId + "\",\"definition\":" + definition + "}}";
    }

    private static void store(String statement) {
        XapiClient.demo(server)
                .request()
                .contentType("application/json")
                .body(statement)
                .post("/statements")
                .then()
                .statusCode(200);
    }

    @Test
    void anUnknownActivityIsStillAnActivityObject() {
        String id = "http://example.com/activities/" + UUID.randomUUID();
        XapiClient.demo(server)
                .request()
                .queryParam("activityId", id)
                .get("/activities")
                .then()
                .statusCode(200)
                .body("objectType", equalTo("Activity"))
                .body("id", equalTo(id))
                .body("definition", nullValue());
    }

    @Test
    void theActivitiesResourceNeedsAnActivityIdThatIsAnIri() {
        XapiClient.demo(server)
                .request()
                .get("/activities")
                .then()
                .statusCode(400)
                .body(containsString("activityId"));
        XapiClient.demo(server)
                .request()
                .queryParam("activityId", "no scheme")
                .get("/activities")
                .then()
                .statusCode(400)
                .body(containsString("activityId"));
    }

    @Test
    void definitionsSeenInStatementsMergeIntoTheCanonicalDefinitionOfTheirStoreOnly() {
        String id = "http://example.com/activities/" + UUID.randomUUID();
        store(statement("mailto:a@example.com", "A", id, "{\"name\":{\"en-US\":\"Quiz\"}}"));
        store(statement(
                "mailto:a@example.com",
                "A",
                id,
                "{\"name\":{\"fr\":\"Quiz (fr)\"},\"type\":\"http://adlnet.gov/expapi/activities/assessment\"}"));

        XapiClient.demo(server)
                .request()
                .queryParam("activityId", id)
                .get("/activities")
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("definition.name.en-US", equalTo("Quiz"))
                .body("definition.name.fr", equalTo("Quiz (fr)"))
                .body("definition.type", equalTo("http://adlnet.gov/expapi/activities/assessment"));
        XapiClient.newStore(server, Set.of("all"))
                .request()
                .queryParam("activityId", id)
                .get("/activities")
                .then()
                .statusCode(200)
                .body("definition", nullValue());
    }

    @Test
    void definitionsOfOneActivityInTheSameBatchMergeTheirLanguages() {
        // conformance XAPI-00254: two statements of one POST, each naming the activity in another language
        String id = "http://example.com/activities/" + UUID.randomUUID();
        String batch = "[" + statement("mailto:a@example.com", "A", id, "{\"name\":{\"en-US\":\"example meeting\"}}")
                + "," + statement("mailto:a@example.com", "A", id, "{\"name\":{\"fr-FR\":\"réunion\"}}") + "]";
        store(batch);

        XapiClient.demo(server)
                .request()
                .queryParam("activityId", id)
                .get("/activities")
                .then()
                .statusCode(200)
                .body("definition.name.en-US", equalTo("example meeting"))
                .body("definition.name.fr-FR", equalTo("réunion"));
    }

    @Test
    void anUnknownAgentIsAPersonWithWhatTheRequestSaid() {
        String mbox = "mailto:" + UUID.randomUUID() + "@Example.com";
        XapiClient.demo(server)
                .request()
                .queryParam("agent", "{\"objectType\":\"Agent\",\"name\":\"Ada\",\"mbox\":\"" + mbox + "\"}")
                .get("/agents")
                .then()
                .statusCode(200)
                .body("objectType", equalTo("Person"))
                .body("name", contains("Ada"))
                .body("mbox", contains(mbox.replace("Example.com", "example.com")));
    }

    @Test
    void theAgentsResourceRejectsAnAgentThatIsNotOne() {
        XapiClient.demo(server)
                .request()
                .queryParam("agent", "{\"name\":\"no identifier\"}")
                .get("/agents")
                .then()
                .statusCode(400)
                .body(containsString("agent"));
        XapiClient.demo(server).request().get("/agents").then().statusCode(400).body(containsString("agent"));
    }

    @Test
    void aPersonListsTheNamesSeenForTheAgentInStatements() {
        String mbox = "mailto:" + UUID.randomUUID() + "@example.com";
        String activity = "http://example.com/activities/" + UUID.randomUUID();
        store(statement(mbox, "Ada Lovelace", activity, "{}"));
        store(statement(mbox, "A. Lovelace", activity, "{}"));

        XapiClient.demo(server)
                .request()
                .queryParam("agent", "{\"mbox\":\"" + mbox + "\"}")
                .get("/agents")
                .then()
                .statusCode(200)
                .body("objectType", equalTo("Person"))
                .body("name", contains("Ada Lovelace", "A. Lovelace"))
                .body("mbox", contains(mbox));
    }
}
