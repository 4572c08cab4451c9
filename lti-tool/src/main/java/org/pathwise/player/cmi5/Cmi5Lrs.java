package org.pathwise.player.cmi5;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.pathwise.player.db.Json;
import org.pathwise.scorm.cmi5.lms.Cmi5Launch;
import org.pathwise.scorm.cmi5.lms.LaunchData;
import org.pathwise.tool.lrs.LrsClient;
import org.pathwise.tool.lrs.LrsSettings;
import org.pathwise.tool.platform.ApiException;

/**
 * What the cmi5 LMS asks of the LRS with the tool's credential (scope {@code all}): State and Agent Profile documents
 * before a launch, the launched statement (synchronously: it must be in the LRS before the AU starts), and the cmi5
 * sessions of {@code /xapi/cmi5/sessions}. Failures to reach the LRS before a launch are 503s.
 */
@ApplicationScoped
public class Cmi5Lrs {

    private static final Logger LOG = Logger.getLogger(Cmi5Lrs.class.getName());
    static final String PREFERENCES = "cmi5LearnerPreferences";

    private final HttpClient http = HttpClient.newBuilder()
            // HTTP/1.1: the JDK client upgrades to h2c by default, and a body mix-up was seen over that upgrade
            // against Payara (docs/benchmarks.md); our statements must not take that path.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Inject
    LrsSettings settings;

    /** PUTs LMS.LaunchData for the launch (cmi5 §10). */
    public void putLaunchData(Cmi5Launch launch) {
        String query = "activityId=" + enc(launch.activityId()) + "&agent="
                + enc(launch.actor().toString()) + "&registration=" + enc(launch.registration()) + "&stateId="
                + enc(LaunchData.STATE_ID);
        HttpResponse<String> r = send(request("/activities/state?" + query)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(LaunchData.of(launch).toString())));
        expect(r, 204, "write LMS.LaunchData");
    }

    /** Writes the learner's cmi5LearnerPreferences (cmi5 §11) unless the document exists already. */
    public void offerPreferences(Cmi5Launch launch, String language) {
        ObjectNode prefs = Json.MAPPER.createObjectNode();
        prefs.put("languagePreference", language == null || language.isBlank() ? "en" : language);
        prefs.put("audioPreference", "on");
        HttpResponse<String> r = send(
                request("/agents/profile?agent=" + enc(launch.actor().toString()) + "&profileId=" + enc(PREFERENCES))
                        .header("Content-Type", "application/json")
                        .header("If-None-Match", "*")
                        .PUT(HttpRequest.BodyPublishers.ofString(prefs.toString())));
        if (r.statusCode() != 204 && r.statusCode() != 412) {
            LOG.warning(() -> "cmi5LearnerPreferences not written: " + r.statusCode() + " " + r.body());
        }
    }

    /** Records one statement now; the launch fails (503) if the LRS does not take it. */
    public void record(JsonNode statement) {
        HttpResponse<String> r = send(request("/statements")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(statement.toString())));
        expect(r, 200, "record " + statement.at("/verb/id").asText());
    }

    /** Opens the LRS session for a launch and returns the AU's auth-token (never stored, never logged). */
    public String openSession(Cmi5Launch launch) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("sessionId", launch.sessionId());
        body.put("registration", launch.registration());
        body.put("activityId", launch.activityId());
        body.put("publisherId", launch.au().id());
        body.set("actor", launch.actor());
        if (launch.masteryScore() != null) {
            body.put("masteryScore", launch.masteryScore());
        }
        body.put("launchMode", launch.launchMode());
        HttpResponse<String> r = send(request("/cmi5/sessions")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        expect(r, 201, "open the cmi5 session");
        return read(r.body()).path("authToken").asText();
    }

    /** What the AU has stored in the session (the LRS's view), empty when the AU never fetched its token. */
    public Optional<JsonNode> sessionStatus(String sessionId) {
        HttpResponse<String> r =
                send(request("/cmi5/sessions/" + enc(sessionId)).GET());
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        expect(r, 200, "read the cmi5 session");
        return Optional.of(read(r.body()));
    }

    /** Closes the session in the LRS: its credential stops working. Empty when the LRS never had it. */
    public Optional<JsonNode> abandonSession(String sessionId) {
        HttpResponse<String> r =
                send(request("/cmi5/sessions/" + enc(sessionId)).DELETE());
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        expect(r, 200, "abandon the cmi5 session");
        return Optional.of(read(r.body()));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                .timeout(Duration.ofSeconds(15))
                .header("X-Experience-API-Version", LrsClient.XAPI_VERSION);
        settings.authorization().ifPresent(a -> b.header("Authorization", a));
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw unavailable("the LRS is unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while calling the LRS");
        }
    }

    private static void expect(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            String body = r.body() == null ? "" : r.body();
            throw unavailable("the LRS refused to " + what + ": " + r.statusCode() + " "
                    + (body.length() > 300 ? body.substring(0, 300) : body));
        }
    }

    private static JsonNode read(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw unavailable("the LRS answered something other than JSON");
        }
    }

    private static ApiException unavailable(String message) {
        return new ApiException(ApiException.Kind.UNAVAILABLE, message);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
