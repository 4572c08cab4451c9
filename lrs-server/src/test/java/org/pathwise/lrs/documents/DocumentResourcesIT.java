package org.pathwise.lrs.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;
import org.pathwise.lrs.xapi.document.ETags;

/** The State, Activity Profile and Agent Profile resources over real HTTP against the real database. */
class DocumentResourcesIT {

    private static final String STATE = "/activities/state";
    private static final String ACTIVITY_PROFILE = "/activities/profile";
    private static final String AGENT_PROFILE = "/agents/profile";

    static PathwiseServer server;
    static XapiClient xapi;

    @BeforeAll
    static void start() {
        server = TestServer.get();
        xapi = XapiClient.demo(server);
    }

    private static String activity() {
        return "http://example.com/activities/" + UUID.randomUUID();
    }

    private static String agent() {
        return "{\"objectType\":\"Agent\",\"mbox\":\"mailto:" + UUID.randomUUID() + "@example.com\"}";
    }

    private static Map<String, String> state(String stateId) {
        return Map.of("activityId", activity(), "agent", agent(), "stateId", stateId);
    }

    private static Map<String, String> with(Map<String, String> params, String name, String value) {
        var copy = new java.util.HashMap<>(params);
        copy.put(name, value);
        return copy;
    }

    private static Map<String, String> without(Map<String, String> params, String name) {
        var copy = new java.util.HashMap<>(params);
        copy.remove(name);
        return copy;
    }

    private static Response put(String path, Map<String, String> params, String contentType, String body) {
        return xapi.request()
                .queryParams(params)
                .contentType(contentType)
                .body(body)
                .put(path);
    }

    /** A PUT that creates: {@code If-None-Match: *}, as 1.0.3 requires on the profile resources. */
    private static Response create(String path, Map<String, String> params, String contentType, String body) {
        return xapi.request()
                .queryParams(params)
                .header("If-None-Match", "*")
                .contentType(contentType)
                .body(body)
                .put(path);
    }

    private static Response post(String path, Map<String, String> params, String contentType, String body) {
        return xapi.request()
                .queryParams(params)
                .contentType(contentType)
                .body(body)
                .post(path);
    }

    private static Response get(String path, Map<String, String> params) {
        return xapi.request().queryParams(params).get(path);
    }

    @Test
    void aStateDocumentRoundTripsItsBytesAndContentTypeWithAQuotedSha1EtagAndLastModified() {
        var params = state("bookmark");
        byte[] bytes = {0, 1, 2, 3, (byte) 0xfe, (byte) 0xff};
        xapi.request()
                .queryParams(params)
                .contentType("application/octet-stream")
                .body(bytes)
                .put(STATE)
                .then()
                .statusCode(204);

        Response response = get(STATE, params);
        response.then()
                .statusCode(200)
                .contentType("application/octet-stream")
                .header("ETag", equalTo(ETags.of(bytes)))
                .header("Last-Modified", notNullValue());
        assertThat(response.asByteArray()).isEqualTo(bytes);
    }

    @Test
    void aMissingDocumentIsNotFound() {
        get(STATE, state("nothing-here")).then().statusCode(404);
        get(ACTIVITY_PROFILE, Map.of("activityId", activity(), "profileId", "none"))
                .then()
                .statusCode(404);
    }

    @Test
    void profilesNeedAPreconditionToCreateUnder103AndRefuseAnUnconditionalOverwriteAndHonourBothHeaders() {
        for (var target : List.of(
                Map.entry(ACTIVITY_PROFILE, Map.of("activityId", activity(), "profileId", "p")),
                Map.entry(AGENT_PROFILE, Map.of("agent", agent(), "profileId", "p")))) {
            String path = target.getKey();
            var params = target.getValue();
            put(path, params, "application/json", "{\"v\":1}")
                    .then()
                    .statusCode(400)
                    .body(containsString("If-None-Match"));
            get(path, params).then().statusCode(404);
            xapi.request("2.0.0")
                    .queryParams(params)
                    .contentType("application/json")
                    .body("{\"v\":1}")
                    .put(path)
                    .then()
                    .statusCode(204);
            String etag = get(path, params).header("ETag");

            put(path, params, "application/json", "{\"v\":2}")
                    .then()
                    .statusCode(409)
                    .body(containsString("If-Match"));
            xapi.request()
                    .queryParams(params)
                    .header("If-None-Match", "*")
                    .contentType("application/json")
                    .body("{\"v\":2}")
                    .put(path)
                    .then()
                    .statusCode(412);
            xapi.request()
                    .queryParams(params)
                    .header("If-Match", "\"" + "0".repeat(40) + "\"")
                    .contentType("application/json")
                    .body("{\"v\":2}")
                    .put(path)
                    .then()
                    .statusCode(412);
            get(path, params).then().body("v", equalTo(1));

            xapi.request()
                    .queryParams(params)
                    .header("If-Match", etag)
                    .contentType("application/json")
                    .body("{\"v\":3}")
                    .put(path)
                    .then()
                    .statusCode(204);
            get(path, params).then().statusCode(200).body("v", equalTo(3));
        }
    }

    @Test
    void stateMayBeOverwrittenWithoutPreconditionUnder103ButNotUnder20() {
        var params = state("progress");
        put(STATE, params, "application/json", "{\"page\":1}").then().statusCode(204);
        put(STATE, params, "application/json", "{\"page\":2}").then().statusCode(204);
        get(STATE, params).then().body("page", equalTo(2));

        xapi.request("2.0.0")
                .queryParams(params)
                .contentType("application/json")
                .body("{\"page\":3}")
                .put(STATE)
                .then()
                .statusCode(409);
    }

    @Test
    void postMergesTopLevelPropertiesOfJsonObjects() {
        var params = state("merge");
        post(STATE, params, "application/json", "{\"a\":1,\"b\":{\"x\":1}}")
                .then()
                .statusCode(204);
        post(STATE, params, "application/json", "{\"b\":{\"y\":2},\"c\":3}")
                .then()
                .statusCode(204);

        get(STATE, params)
                .then()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .body("a", equalTo(1))
                .body("b.y", equalTo(2))
                .body("b.x", equalTo(null))
                .body("c", equalTo(3));
    }

    @Test
    void postThatCannotBeMergedIsABadRequestAndLeavesTheDocument() {
        var params = state("no-merge");
        put(STATE, params, "application/json", "{\"a\":1}").then().statusCode(204);

        post(STATE, params, "text/plain", "just text").then().statusCode(400);
        post(STATE, params, "application/json", "[1,2]").then().statusCode(400);

        get(STATE, params).then().body("a", equalTo(1));
    }

    @Test
    void listsOnlyIdsWrittenSinceTheGivenTimestamp() throws InterruptedException {
        var context = without(state("x"), "stateId");
        put(STATE, with(context, "stateId", "old"), "text/plain", "1").then().statusCode(204);
        Thread.sleep(30);
        Instant between = Instant.now();
        Thread.sleep(30);
        put(STATE, with(context, "stateId", "new"), "text/plain", "2").then().statusCode(204);

        assertThat(get(STATE, context)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("", String.class))
                .containsExactlyInAnyOrder("old", "new");
        assertThat(get(STATE, with(context, "since", between.toString()))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("", String.class))
                .containsExactly("new");

        var profiles = Map.of("activityId", activity());
        create(ACTIVITY_PROFILE, with(profiles, "profileId", "p1"), "text/plain", "1")
                .then()
                .statusCode(204);
        assertThat(get(ACTIVITY_PROFILE, profiles).jsonPath().getList("", String.class))
                .containsExactly("p1");
        assertThat(get(
                                ACTIVITY_PROFILE,
                                with(
                                        profiles,
                                        "since",
                                        Instant.now().plusSeconds(60).toString()))
                        .jsonPath()
                        .getList("", String.class))
                .isEmpty();
    }

    @Test
    void deleteWithoutStateIdRemovesTheContextsStatesAndARegistrationNarrowsIt() {
        var context = without(state("x"), "stateId");
        String registration = UUID.randomUUID().toString();
        var registered = with(context, "registration", registration);
        put(STATE, with(context, "stateId", "a"), "text/plain", "1").then().statusCode(204);
        put(STATE, with(registered, "stateId", "b"), "text/plain", "2").then().statusCode(204);
        put(STATE, with(registered, "stateId", "c"), "text/plain", "3").then().statusCode(204);

        assertThat(get(STATE, registered).jsonPath().getList("", String.class)).containsExactlyInAnyOrder("b", "c");
        xapi.request().queryParams(registered).delete(STATE).then().statusCode(204);
        assertThat(get(STATE, context).jsonPath().getList("", String.class)).containsExactly("a");

        xapi.request().queryParams(context).delete(STATE).then().statusCode(204);
        assertThat(get(STATE, context).jsonPath().getList("", String.class)).isEmpty();
    }

    @Test
    void deletingOneDocumentHonoursIfMatch() {
        var params = Map.of("agent", agent(), "profileId", "gone");
        create(AGENT_PROFILE, params, "text/plain", "1").then().statusCode(204);

        xapi.request()
                .queryParams(params)
                .header("If-Match", "\"" + "0".repeat(40) + "\"")
                .delete(AGENT_PROFILE)
                .then()
                .statusCode(412);
        xapi.request().queryParams(params).delete(AGENT_PROFILE).then().statusCode(204);
        get(AGENT_PROFILE, params).then().statusCode(404);
    }

    @Test
    void badParametersAreBadRequestsNamingTheParameter() {
        var params = state("s");
        get(STATE, without(params, "activityId")).then().statusCode(400).body(containsString("activityId"));
        get(STATE, with(params, "agent", "{not json")).then().statusCode(400).body(containsString("agent"));
        get(STATE, with(params, "registration", "not-a-uuid"))
                .then()
                .statusCode(400)
                .body(containsString("registration"));
        get(STATE, with(params, "since", "2024-01-01T00:00:00Z"))
                .then()
                .statusCode(400)
                .body(containsString("since"));
        get(STATE, with(params, "StateId", "s")).then().statusCode(400).body(containsString("StateId"));
        put(AGENT_PROFILE, Map.of("agent", agent()), "text/plain", "x")
                .then()
                .statusCode(400)
                .body(containsString("profileId"));
    }

    @Test
    void documentsOfOneStoreAreInvisibleToAnother() {
        XapiClient other = XapiClient.newStore(server, Set.of("all"));
        var params = state("private");
        put(STATE, params, "text/plain", "mine").then().statusCode(204);

        other.request().queryParams(params).get(STATE).then().statusCode(404);
        assertThat(other.request()
                        .queryParams(without(params, "stateId"))
                        .get(STATE)
                        .jsonPath()
                        .getList("", String.class))
                .isEmpty();
        other.request()
                .queryParams(without(params, "stateId"))
                .delete(STATE)
                .then()
                .statusCode(204);
        assertThat(get(STATE, params).asString()).isEqualTo("mine");
    }

    @Test
    void aCredentialWithoutProfileScopeCannotTouchProfiles() {
        XapiClient stateOnly = XapiClient.newStore(server, Set.of("state"));
        var profile = Map.of("agent", agent(), "profileId", "p");

        stateOnly.request().queryParams(profile).get(AGENT_PROFILE).then().statusCode(403);
        stateOnly
                .request()
                .queryParams(state("s"))
                .contentType("text/plain")
                .body("ok".getBytes(StandardCharsets.UTF_8))
                .put(STATE)
                .then()
                .statusCode(204);
    }
}
