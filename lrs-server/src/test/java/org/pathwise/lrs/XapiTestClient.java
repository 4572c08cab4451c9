package org.pathwise.lrs;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/** Shared helpers of the xAPI ITs: the one test server, fresh stores with credentials, and statements. */
public final class XapiTestClient {

    /** A store made for one test and one of its credentials. */
    public record StoreCredential(long storeId, String key, String secret) {}

    private XapiTestClient() {}

    public static PathwiseServer server() {
        return TestServer.get();
    }

    public static RequestSpecification admin() {
        return given().baseUri(server().baseUrl()).auth().preemptive().basic("admin", server().adminSecret());
    }

    /** A new store with one credential holding {@code scopes}. */
    public static StoreCredential newStore(String... scopes) {
        long id = admin().contentType(ContentType.JSON)
                .body("{\"name\":\"it-" + UUID.randomUUID() + "\"}")
                .post("/xapi/admin/stores")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        return credential(id, scopes);
    }

    /** Another credential of an existing store. */
    public static StoreCredential credential(long storeId, String... scopes) {
        var issued = admin().contentType(ContentType.JSON)
                .body("{\"scopes\":[\"" + String.join("\",\"", scopes) + "\"],\"label\":\"it\"}")
                .post("/xapi/admin/stores/" + storeId + "/credentials")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        return new StoreCredential(storeId, issued.getString("credential.key"), issued.getString("secret"));
    }

    /** A request as the credential, xAPI 1.0.3. */
    public static RequestSpecification xapi(StoreCredential c) {
        return xapi(c, "1.0.3");
    }

    public static RequestSpecification xapi(StoreCredential c, String version) {
        return given().baseUri(server().baseUrl())
                .basePath("/xapi")
                .auth()
                .preemptive()
                .basic(c.key(), c.secret())
                .header("X-Experience-API-Version", version);
    }

    /** A minimal valid statement: actor by mbox, verb, activity object. */
    public static ObjectNode statement(String mbox, String verb, String activity) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        s.putObject("actor").put("objectType", "Agent").put("mbox", "mailto:" + mbox);
        s.putObject("verb").put("id", verb).putObject("display").put("en-US", "did");
        s.putObject("object").put("objectType", "Activity").put("id", activity);
        return s;
    }

    public static ObjectNode statement() {
        return statement("learner@example.com", "http://adlnet.gov/expapi/verbs/attempted", "http://example.com/a/1");
    }
}
