package org.pathwise.lrs.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.pathwise.lrs.XapiTestClient.credential;
import static org.pathwise.lrs.XapiTestClient.newStore;
import static org.pathwise.lrs.XapiTestClient.server;
import static org.pathwise.lrs.XapiTestClient.statement;
import static org.pathwise.lrs.XapiTestClient.xapi;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.lrs.XapiTestClient.StoreCredential;

/** The HTTP plumbing every xAPI resource shares: version, auth, scopes, isolation, CORS, alternate syntax, 413. */
class XapiPlumbingIT {

    @BeforeAll
    static void start() {
        server();
    }

    private static String post(StoreCredential c) {
        return xapi(c).contentType(ContentType.JSON)
                .body(statement().toString())
                .post("/statements")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("[0]");
    }

    @Test
    void requestsWithoutAKnownVersionHeaderAreRejectedAndEveryAnswerNamesTheVersion() {
        StoreCredential c = newStore("all");
        // no version header: a 400 that names the newest version served (conformance XAPI-00331 of 2.0)
        Supplier<RequestSpecification> unversioned =
                () -> given().baseUri(server().baseUrl()).auth().preemptive().basic(c.key(), c.secret());
        String body = statement().toString();
        for (var response : List.of(
                unversioned.get().get("/xapi/statements?statementId=" + UUID.randomUUID()),
                unversioned.get().contentType(ContentType.JSON).body(body).post("/xapi/statements"),
                unversioned
                        .get()
                        .contentType(ContentType.JSON)
                        .body(body)
                        .put("/xapi/statements?statementId=" + UUID.randomUUID()))) {
            response.then()
                    .statusCode(400)
                    .header("X-Experience-API-Version", "2.0.0")
                    .body("message", containsString("X-Experience-API-Version"));
        }
        xapi(c, "0.95").get("/statements").then().statusCode(400);
        xapi(c, "1.0.1").get("/statements").then().statusCode(200).header("X-Experience-API-Version", "1.0.3");
        xapi(c, "2.0.0").get("/statements").then().statusCode(200).header("X-Experience-API-Version", "2.0.0");
    }

    @Test
    void missingOrWrongCredentialsAre401WithAChallenge() {
        given().baseUri(server().baseUrl())
                .header("X-Experience-API-Version", "1.0.3")
                .get("/xapi/statements")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .header("X-Experience-API-Version", "1.0.3");
        StoreCredential c = newStore("all");
        xapi(new StoreCredential(c.storeId(), c.key(), "wrong"))
                .get("/statements")
                .then()
                .statusCode(401);
        xapi(c).get("/statements").then().statusCode(200);
    }

    @Test
    void scopesLimitWhatACredentialMayDo() {
        StoreCredential writer = newStore("statements/write");
        StoreCredential reader = credential(writer.storeId(), "statements/read");
        xapi(writer).get("/statements").then().statusCode(403);
        post(writer);
        xapi(reader)
                .contentType(ContentType.JSON)
                .body(statement().toString())
                .post("/statements")
                .then()
                .statusCode(403);
        assertThat(xapi(reader).get("/statements").jsonPath().getList("statements"))
                .hasSize(1);
    }

    @Test
    void readMineSeesOnlyStatementsItsCredentialStored() {
        StoreCredential mine = newStore("statements/write", "statements/read/mine");
        StoreCredential other = credential(mine.storeId(), "all");
        String own = post(mine);
        String foreign = post(other);
        assertThat(xapi(mine).get("/statements").jsonPath().getList("statements.id"))
                .containsExactly(own);
        xapi(mine).queryParam("statementId", foreign).get("/statements").then().statusCode(404);
        xapi(mine).queryParam("statementId", own).get("/statements").then().statusCode(200);
        assertThat(xapi(other).get("/statements").jsonPath().getList("statements.id"))
                .containsExactly(foreign, own);
    }

    @Test
    void aSecondStoreCannotSeeTheFirstStoresStatements() {
        StoreCredential first = newStore("all");
        StoreCredential second = newStore("all");
        String id = post(first);
        xapi(second).queryParam("statementId", id).get("/statements").then().statusCode(404);
        assertThat(xapi(second).get("/statements").jsonPath().getList("statements"))
                .isEmpty();
        String more =
                xapi(first).queryParam("limit", 1).get("/statements").jsonPath().getString("more");
        post(first);
        more = xapi(first).queryParam("limit", 1).get("/statements").jsonPath().getString("more");
        xapi(second).get(more.substring("/xapi".length())).then().statusCode(400);
    }

    @Test
    void corsPreflightIsAnsweredWithoutCredentials() {
        given().baseUri(server().baseUrl())
                .header("Origin", "https://lms.example.org")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,x-experience-api-version,content-type")
                .options("/xapi/statements")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://lms.example.org")
                .header("Access-Control-Allow-Headers", containsString("X-Experience-API-Version"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"))
                .header("Access-Control-Allow-Methods", containsString("PUT"));
        StoreCredential c = newStore("all");
        xapi(c).header("Origin", "https://lms.example.org")
                .get("/statements")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://lms.example.org")
                .header("Access-Control-Expose-Headers", containsString("X-Experience-API-Consistent-Through"))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void alternateRequestSyntaxCarriesMethodHeadersAndContentInTheForm() {
        StoreCredential c = newStore("all");
        String id = UUID.randomUUID().toString();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("statementId", id);
        form.put("Authorization", basic(c));
        form.put("X-Experience-API-Version", "1.0.3");
        form.put("Content-Type", "application/json");
        form.put("content", statement().toString());
        alternate("PUT", form).then().statusCode(204);
        Map<String, String> get = new LinkedHashMap<>();
        get.put("statementId", id);
        get.put("Authorization", basic(c));
        get.put("X-Experience-API-Version", "1.0.3");
        alternate("GET", get).then().statusCode(200).body("id", equalTo(id));
        get.put("X-Experience-API-Version", "2.0.0");
        alternate("GET", get).then().statusCode(400).body("message", containsString("2.0"));
        given().baseUri(server().baseUrl())
                .contentType("application/x-www-form-urlencoded")
                .body(encode(Map.of("Authorization", basic(c), "X-Experience-API-Version", "1.0.3")))
                .post("/xapi/statements?method=GET&statementId=" + id)
                .then()
                .statusCode(400);
        given().baseUri(server().baseUrl())
                .contentType("application/x-www-form-urlencoded")
                .body("{\"statementId\":\"" + id + "\",\"content\":\"{}\"}")
                .post("/xapi/statements?method=PUT")
                .then()
                .statusCode(400)
                .body("message", containsString("form body"));
    }

    @Test
    void bodiesOverTheLimitAre413() throws IOException {
        StoreCredential c = newStore("all");
        URI base = URI.create(server().baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /xapi/statements HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 60000000\r\n"
                            + "X-Experience-API-Version: 1.0.3\r\nAuthorization: " + basic(c) + "\r\n"
                            + "Connection: close\r\n\r\n[")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 413");
        }
    }

    @Test
    void aboutNeedsNoCredentialAndListsBothVersions() {
        given().baseUri(server().baseUrl())
                .get("/xapi/about")
                .then()
                .statusCode(200)
                .body("version", hasItems("1.0.3", "2.0.0"));
    }

    private static io.restassured.response.Response alternate(String method, Map<String, String> form) {
        return given().baseUri(server().baseUrl())
                .contentType("application/x-www-form-urlencoded")
                .body(encode(form))
                .post("/xapi/statements?method=" + method);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String basic(StoreCredential c) {
        return "Basic "
                + Base64.getEncoder().encodeToString((c.key() + ":" + c.secret()).getBytes(StandardCharsets.UTF_8));
    }
}
