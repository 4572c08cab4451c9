package org.pathwise.lrs.documents;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Set;
import java.util.UUID;
import org.pathwise.launcher.PathwiseServer;

/** Requests to the xAPI of the test server as one store's credential, with the 1.0.3 version header. */
public record XapiClient(PathwiseServer server, String key, String secret) {

    public static XapiClient demo(PathwiseServer server) {
        return new XapiClient(server, server.demoXapiKey(), server.demoXapiSecret());
    }

    /** A new store with one credential holding {@code scopes}, made through the admin API. */
    public static XapiClient newStore(PathwiseServer server, Set<String> scopes) {
        RequestSpecification admin =
                given().baseUri(server.baseUrl()).auth().preemptive().basic("admin", server.adminSecret());
        long store = admin.contentType(ContentType.JSON)
                .body("{\"name\":\"docs-" + UUID.randomUUID() + "\"}")
                .post("/xapi/admin/stores")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        var issued = given().baseUri(server.baseUrl())
                .auth()
                .preemptive()
                .basic("admin", server.adminSecret())
                .contentType(ContentType.JSON)
                .body("{\"scopes\":" + scopes.stream().map(s -> "\"" + s + "\"").toList() + "}")
                .post("/xapi/admin/stores/" + store + "/credentials")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        return new XapiClient(server, issued.getString("credential.key"), issued.getString("secret"));
    }

    public RequestSpecification request() {
        return request("1.0.3");
    }

    public RequestSpecification request(String version) {
        return given().baseUri(server.baseUrl())
                .basePath("/xapi")
                .urlEncodingEnabled(true)
                .auth()
                .preemptive()
                .basic(key, secret)
                .header("X-Experience-API-Version", version);
    }
}
