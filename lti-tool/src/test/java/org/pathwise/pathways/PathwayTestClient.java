package org.pathwise.pathways;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.pathwise.launcher.PathwiseServer;

/**
 * What the pathway ITs share against a running server: dev sessions in one course, the JSON API with a session,
 * xAPI statements as the tool's learners (account on the public URL) posted to the LRS, the library's units, and a
 * learner's plan on a pathway, waited for until the LRS feed has moved it.
 */
final class PathwayTestClient {

    static final String ADL_VERBS = "http://adlnet.gov/expapi/verbs/";

    final PathwiseServer server;
    final String course;

    PathwayTestClient(PathwiseServer server, String course) {
        this.server = server;
        this.course = course;
    }

    /** A dev session of this course (the launch's context id). */
    String session(String learnerId, String role) {
        return sessionIn(course, learnerId, role);
    }

    String sessionIn(String contextId, String learnerId, String role) {
        return given().baseUri(server.baseUrl())
                .contentType("application/json")
                .body(Map.of(
                        "learnerId",
                        learnerId,
                        "name",
                        "Test " + learnerId,
                        "roles",
                        List.of(role),
                        "contextId",
                        contextId))
                .post("/api/dev/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    RequestSpecification api(String session) {
        return given().baseUri(server.baseUrl()).header("X-Pathwise-Session", session);
    }

    /** The LRS with the demo store's credential. */
    RequestSpecification lrs() {
        return given().baseUri(server.baseUrl())
                .auth()
                .preemptive()
                .basic(server.demoXapiKey(), server.demoXapiSecret())
                .header("X-Experience-API-Version", "1.0.3");
    }

    void postStatements(List<Map<String, Object>> statements) {
        lrs().contentType("application/json")
                .body(statements)
                .post("/xapi/statements")
                .then()
                .statusCode(200);
    }

    /** The tool's public URL: the home page of its learners' accounts. */
    String publicUrl() {
        return server.baseUrl().replace("127.0.0.1", "localhost");
    }

    /**
     * A statement by one of the tool's learners, with a fresh id.
     *
     * @param verb an IRI, or an ADL verb's last segment ({@code passed})
     * @param result the result, or null for none
     */
    Map<String, Object> statement(
            String learner, String verb, String activity, Map<String, Object> result, Instant at) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", UUID.randomUUID().toString());
        s.put("actor", Map.of("objectType", "Agent", "account", Map.of("homePage", publicUrl(), "name", learner)));
        s.put("verb", Map.of("id", verb.contains(":") ? verb : ADL_VERBS + verb));
        s.put("object", Map.of("objectType", "Activity", "id", activity));
        if (result != null) {
            s.put("result", result);
        }
        s.put("timestamp", at.toString());
        return s;
    }

    /** Every unit of the content library, as {@code GET /api/learning/units} lists them. */
    List<Map<String, Object>> units(String instructorSession) {
        return api(instructorSession)
                .get("/api/learning/units")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("");
    }

    /** The units of one package: unit id and activity id by title, into the given maps. */
    void unitsOf(
            String instructorSession,
            String packageId,
            Map<String, String> unitByTitle,
            Map<String, String> activityByTitle) {
        for (Map<String, Object> u : units(instructorSession)) {
            if (packageId.equals(u.get("packageId"))) {
                unitByTitle.put((String) u.get("title"), (String) u.get("unitId"));
                activityByTitle.put((String) u.get("title"), (String) u.get("activityId"));
            }
        }
    }

    /** The learner's plan on the pathway. */
    JsonPath next(String session, String pathway) {
        return api(session)
                .get("/api/pathways/" + pathway + "/next")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The learner's plan once it satisfies {@code done} (statements reach the plan through the LRS feed). */
    JsonPath awaitNext(String session, String pathway, Predicate<JsonPath> done) throws InterruptedException {
        JsonPath p = next(session, pathway);
        for (int i = 0; i < 80 && !done.test(p); i++) {
            Thread.sleep(500);
            p = next(session, pathway);
        }
        assertThat(done.test(p)).as("plan changed: " + p.prettify()).isTrue();
        return p;
    }
}
