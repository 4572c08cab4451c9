package org.pathwise.tool;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/** Both WARs on Payara Micro against the real database: health of each, the tool's keys kept in the database. */
class ToolFoundationIT {

    static PathwiseServer server;

    @BeforeAll
    static void start() {
        server = TestServer.get();
    }

    @Test
    void readinessCoversBothWarsDatabases() {
        given().baseUri(server.baseUrl())
                .get("/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("lti-tool", "lrs-server"));
        given().baseUri(server.baseUrl()).get("/health/live").then().statusCode(200);
    }

    @Test
    void publishedKeyIsStoredOnceAndPublicOnly() throws Exception {
        String first = given().baseUri(server.baseUrl())
                .get("/lti/jwks")
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("max-age=3600"))
                .extract()
                .asString();
        String second = given().baseUri(server.baseUrl()).get("/lti/jwks").asString();
        List<RSAKey> keys =
                JWKSet.parse(first).getKeys().stream().map(k -> (RSAKey) k).toList();
        assertThat(keys).isNotEmpty(); // more than one once a rotation ran (ServicesIT shares the server)
        assertThat(keys.get(0).isPrivate()).isFalse();
        assertThat(keys.get(0).getKeyID()).isNotBlank();
        assertThat(JWKSet.parse(second).getKeys().get(0).getKeyID())
                .isEqualTo(keys.get(0).getKeyID());
    }

    @Test
    void metricsArePublishedInPrometheusFormat() {
        String body = given().baseUri(server.baseUrl())
                .accept("text/plain")
                .get("/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(body).contains("# TYPE");
    }

    @Test
    void openApiDocumentListsBothApplications() {
        String body = given().baseUri(server.baseUrl())
                .get("/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(body).contains("/lti/jwks").contains("/admin/stores");
    }

    @Test
    void apiReferenceIsBrowsable() {
        given().baseUri(server.baseUrl())
                .get("/api-docs/")
                .then()
                .statusCode(200)
                .body(containsString("swagger-ui-bundle.js"));
        given().baseUri(server.baseUrl())
                .get("/webjars/swagger-ui/5.32.6/swagger-ui-bundle.js")
                .then()
                .statusCode(200);
    }
}
