package org.pathwise.lrs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/** The LRS WAR on Payara Micro against the real database: health, admin API round trip, instant precision. */
class LrsFoundationIT {

    static PathwiseServer server;

    @BeforeAll
    static void start() {
        server = TestServer.get();
    }

    private RequestSpecification admin() {
        return given().baseUri(server.baseUrl()).auth().preemptive().basic("admin", server.adminSecret());
    }

    @Test
    void readinessReportsTheDatabaseUpOnceMigrated() {
        given().baseUri(server.baseUrl())
                .get("/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", hasItem("lrs-server"))
                .body("checks.find { it.name == 'lrs-server' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'lrs-server' }.data.migrated", hasToString("true"));
        given().baseUri(server.baseUrl()).get("/health/live").then().statusCode(200);
    }

    @Test
    void storeRoundTripsThroughTheDatabaseWithMillisecondInstants() {
        for (int i = 0; i < 3; i++) {
            String name = "store-" + UUID.randomUUID();
            var created = admin().contentType(ContentType.JSON)
                    .body("{\"name\":\"" + name + "\"}")
                    .post("/xapi/admin/stores")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath();
            Instant sent = Instant.parse(created.getString("created"));
            var read = admin().get("/xapi/admin/stores/" + created.getLong("id"))
                    .then()
                    .statusCode(200)
                    .body("name", equalTo(name))
                    .extract()
                    .jsonPath();
            assertThat(Instant.parse(read.getString("created"))).isEqualTo(sent.truncatedTo(ChronoUnit.MILLIS));
        }
    }

    @Test
    void credentialSecretIsShownOnceAndNeverListed() {
        long store = admin().contentType(ContentType.JSON)
                .body("{\"name\":\"creds-" + UUID.randomUUID() + "\"}")
                .post("/xapi/admin/stores")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String secret = admin().contentType(ContentType.JSON)
                .body("{\"scopes\":[\"statements/write\",\"statements/read/mine\"],\"label\":\"vendor\"}")
                .post("/xapi/admin/stores/" + store + "/credentials")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("secret");
        assertThat(secret).hasSize(40);
        admin().get("/xapi/admin/stores/" + store + "/credentials")
                .then()
                .statusCode(200)
                .body("[0].scopes", hasItem("statements/write"))
                .body(not(containsString(secret)));
    }

    @Test
    void unknownScopeIsABadRequestNamingTheField() {
        long store = admin().contentType(ContentType.JSON)
                .body("{\"name\":\"scopes-" + UUID.randomUUID() + "\"}")
                .post("/xapi/admin/stores")
                .then()
                .extract()
                .jsonPath()
                .getLong("id");
        admin().contentType(ContentType.JSON)
                .body("{\"scopes\":[\"everything\"]}")
                .post("/xapi/admin/stores/" + store + "/credentials")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("scopes"));
    }

    @Test
    void adminApiRejectsAWrongCredential() {
        given().baseUri(server.baseUrl())
                .auth()
                .preemptive()
                .basic("admin", "wrong")
                .get("/xapi/admin/stores")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"));
    }

    @Test
    void aRevokedCredentialIsRefusedWith403FromTheVeryNextRequestThoughItWasCached() {
        XapiTestClient.StoreCredential revoked = XapiTestClient.newStore("all");
        XapiTestClient.StoreCredential kept = XapiTestClient.credential(revoked.storeId(), "all");
        for (int i = 0; i < 3; i++) {
            // verified and then served from the authentication cache (30 s by default)
            XapiTestClient.xapi(revoked).get("/statements").then().statusCode(200);
            XapiTestClient.xapi(kept).get("/statements").then().statusCode(200);
        }
        admin().delete("/xapi/admin/stores/credentials/" + revoked.key())
                .then()
                .statusCode(200)
                .body("revoked", not(equalTo(null)));
        XapiTestClient.xapi(revoked)
                .get("/statements")
                .then()
                .statusCode(403)
                .body("detail", containsString("revoked"));
        XapiTestClient.xapi(revoked)
                .contentType(ContentType.JSON)
                .body(XapiTestClient.statement().toString())
                .post("/statements")
                .then()
                .statusCode(403);
        given().baseUri(server.baseUrl())
                .auth()
                .preemptive()
                .basic(revoked.key(), "not-the-secret")
                .header("X-Experience-API-Version", "1.0.3")
                .get("/xapi/statements")
                .then()
                .statusCode(401);
        XapiTestClient.xapi(kept).get("/statements").then().statusCode(200);
    }
}
