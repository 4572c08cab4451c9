package org.pathwise.player;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.pathwise.launcher.PathwiseServer;

/**
 * What a cmi5 AU does with its launch URL, over plain HTTP: read the five parameters, POST the fetch URL, read
 * LMS.LaunchData with the token and send statements built from its contextTemplate.
 */
final class Cmi5Au {
    static final String ADL = "http://adlnet.gov/expapi/verbs/";
    static final String CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    static final String MOVEON = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    static final String SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    static final ObjectMapper JSON = new ObjectMapper();

    final PathwiseServer server;
    final Map<String, String> params;
    String token;
    ObjectNode contextTemplate;

    Cmi5Au(PathwiseServer server, String launchUrl) {
        this.server = server;
        this.params = query(URI.create(launchUrl).getRawQuery());
    }

    String fetchUrl() {
        return params.get("fetch");
    }

    JsonPath fetch() {
        return given().post(fetchUrl()).then().statusCode(200).extract().jsonPath();
    }

    /** Fetches the token and reads LMS.LaunchData with it, as the AU does on start. */
    Cmi5Au start() {
        token = fetch().getString("'auth-token'");
        Response r = xapi().queryParams(stateParams()).get("/activities/state");
        if (r.statusCode() != 200) {
            throw new AssertionError("LMS.LaunchData: " + r.statusCode() + " " + r.asString());
        }
        try {
            contextTemplate = (ObjectNode) JSON.readTree(r.asString()).get("contextTemplate");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Map<String, String> stateParams() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("activityId", params.get("activityId"));
        q.put("agent", params.get("actor"));
        q.put("registration", params.get("registration"));
        q.put("stateId", "LMS.LaunchData");
        return q;
    }

    RequestSpecification xapi() {
        return given().baseUri(server.baseUrl())
                .basePath("/xapi")
                .header("Authorization", "Basic " + token)
                .header("X-Experience-API-Version", "1.0.3");
    }

    /** A cmi5 defined statement (cmi5 category, object = the AU) with what its verb needs. */
    ObjectNode defined(String verb) {
        ObjectNode s = allowed(verb, params.get("activityId"));
        ((ArrayNode) s.withObject("/context/contextActivities").withArray("category"))
                .addObject()
                .put("id", CMI5);
        if (!verb.equals("initialized")) {
            s.putObject("result").put("duration", "PT12S");
        }
        if (verb.equals("completed") || verb.equals("passed") || verb.equals("failed")) {
            ((ObjectNode) s.get("result"))
                    .put(verb.equals("completed") ? "completion" : "success", !verb.equals("failed"));
            ((ArrayNode) s.withObject("/context/contextActivities").withArray("category"))
                    .addObject()
                    .put("id", MOVEON);
        }
        return s;
    }

    /** A statement with the contextTemplate only ("cmi5 allowed"). */
    ObjectNode allowed(String verb, String objectId) {
        ObjectNode s = JSON.createObjectNode();
        s.put("id", UUID.randomUUID().toString());
        try {
            s.set("actor", JSON.readTree(params.get("actor")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        s.putObject("verb").put("id", verb.startsWith("http") ? verb : ADL + verb);
        s.putObject("object").put("id", objectId);
        s.put("timestamp", Instant.now().toString());
        ObjectNode context = contextTemplate.deepCopy();
        context.put("registration", params.get("registration"));
        s.set("context", context);
        return s;
    }

    Response send(ObjectNode statement) {
        return xapi().contentType("application/json").body(statement.toString()).post("/statements");
    }

    static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
