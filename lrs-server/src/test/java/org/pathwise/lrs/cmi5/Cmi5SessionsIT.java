package org.pathwise.lrs.cmi5;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.lrs.XapiTestClient.newStore;
import static org.pathwise.lrs.XapiTestClient.xapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.lrs.XapiTestClient;
import org.pathwise.lrs.XapiTestClient.StoreCredential;

/**
 * cmi5 sessions through real HTTP: an LMS credential opens a session, the session credential is held to the AU
 * rules, an ordinary credential storing the very same statements is not, and an abandoned session accepts nothing.
 */
class Cmi5SessionsIT {

    static StoreCredential lms;

    @BeforeAll
    static void start() {
        XapiTestClient.server();
        lms = newStore("all");
    }

    static String open(String sessionId, String registration) {
        String body = "{\"sessionId\":\"" + sessionId + "\",\"registration\":\"" + registration + "\","
                + "\"activityId\":\"" + AuStatementRulesTest.AU + "\",\"publisherId\":\""
                + AuStatementRulesTest.PUBLISHER + "\",\"actor\":{\"objectType\":\"Agent\",\"account\":"
                + "{\"homePage\":\"https://tool.example\",\"name\":\"learner-1\"}},\"masteryScore\":0.8}";
        return xapi(lms)
                .contentType("application/json")
                .body(body)
                .post("/cmi5/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("authToken");
    }

    static RequestSpecification au(String token) {
        return given().baseUri(XapiTestClient.server().baseUrl())
                .basePath("/xapi")
                .header("Authorization", "Basic " + token)
                .header("X-Experience-API-Version", "1.0.3")
                .contentType("application/json");
    }

    /** The unit test's statement shape, with this session's id and registration. */
    static ObjectNode statement(String verb, String sessionId, String registration) {
        ObjectNode s = AuStatementRulesTest.defined(verb);
        s.withObject("/context").put("registration", registration);
        s.withObject("/context/extensions").put(Cmi5Terms.SESSION_ID, sessionId);
        return s;
    }

    @Test
    void theSessionCredentialIsHeldToTheRulesAndAnOrdinaryOneIsNot() {
        String registration = UUID.randomUUID().toString();
        String sessionId = "s-" + UUID.randomUUID();
        String token = open(sessionId, registration);

        Response early = au(token)
                .body(statement(Cmi5Terms.COMPLETED, sessionId, registration).toString())
                .post("/statements");
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.asString()).contains("cmi5 §9.3.2");
        xapi(lms)
                .contentType("application/json")
                .body(statement(Cmi5Terms.COMPLETED, sessionId, registration).toString())
                .post("/statements")
                .then()
                .statusCode(200);

        au(token)
                .body(statement(Cmi5Terms.INITIALIZED, sessionId, registration).toString())
                .post("/statements")
                .then()
                .statusCode(200);
        ObjectNode lowPass = statement(Cmi5Terms.PASSED, sessionId, registration);
        lowPass.withObject("/result").putObject("score").put("scaled", 0.5);
        Response low = au(token).body(lowPass.toString()).post("/statements");
        assertThat(low.statusCode()).isEqualTo(400);
        assertThat(low.asString()).contains("cmi5 §9.3.4");
        au(token)
                .body(statement(Cmi5Terms.TERMINATED, sessionId, registration).toString())
                .post("/statements")
                .then()
                .statusCode(200);

        var status = xapi(lms)
                .get("/cmi5/sessions/" + sessionId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(status.getBoolean("initialized")).isTrue();
        assertThat(status.getBoolean("terminated")).isTrue();
        assertThat(status.getBoolean("passed")).isFalse();
        assertThat(status.getBoolean("completed"))
                .as("the LMS credential's completed statement is not the AU's")
                .isFalse();
    }

    @Test
    void anAbandonedSessionAcceptsNothingAndSessionsNeedScopeAll() {
        String registration = UUID.randomUUID().toString();
        String sessionId = "s-" + UUID.randomUUID();
        String token = open(sessionId, registration);
        au(token)
                .body(statement(Cmi5Terms.INITIALIZED, sessionId, registration).toString())
                .post("/statements")
                .then()
                .statusCode(200);
        xapi(lms).delete("/cmi5/sessions/" + sessionId).then().statusCode(200);
        // abandoning revokes the session credential, which takes effect at once (the authentication cache is
        // evicted); its right secret is answered 403
        assertThat(au(token)
                        .body(statement(Cmi5Terms.TERMINATED, sessionId, registration)
                                .toString())
                        .post("/statements")
                        .statusCode())
                .isEqualTo(403);
        StoreCredential writer = newStore("statements/write");
        assertThat(xapi(writer)
                        .contentType("application/json")
                        .body("{}")
                        .post("/cmi5/sessions")
                        .statusCode())
                .isEqualTo(403);
        assertThat(xapi(lms)
                        .contentType("application/json")
                        .body("{\"sessionId\":\"x\",\"registration\":\"not-a-uuid\",\"activityId\":\"a\","
                                + "\"publisherId\":\"b\",\"actor\":{\"mbox\":\"mailto:a@b.c\"}}")
                        .post("/cmi5/sessions")
                        .then()
                        .statusCode(400)
                        .extract()
                        .asString())
                .contains("registration");
    }
}
