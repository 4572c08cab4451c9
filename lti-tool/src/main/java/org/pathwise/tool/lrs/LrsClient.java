package org.pathwise.tool.lrs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Posts statements to the LRS (xAPI 1.0.3 §7.2.2: {@code POST /statements} with a JSON array,
 * {@code X-Experience-API-Version}, Basic authentication).
 */
@ApplicationScoped
public class LrsClient {

    public static final String XAPI_VERSION = "1.0.3";

    /** What the LRS answered: the status (0 when unreachable) and a short reason. */
    public record Answer(int status, String detail) {
        public boolean stored() {
            return status == 200 || status == 204;
        }

        /** 400, 409, 413, 415, 422: this content will never be accepted as it is. */
        public boolean rejected() {
            return status == 400 || status == 409 || status == 413 || status == 415 || status == 422;
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            // HTTP/1.1: the JDK client upgrades to h2c by default, and a body mix-up was seen over that upgrade
            // against Payara (docs/benchmarks.md); our statements must not take that path.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Inject
    LrsSettings settings;

    /**
     * Stores a State document as a whole (xAPI 1.0.3 §7.4 {@code PUT /activities/state?activityId&agent&stateId},
     * JSON body).
     */
    public Answer putState(String activityId, String agentJson, String stateId, String body) {
        String url = settings.baseUrl() + "/activities/state?activityId=" + encode(activityId) + "&agent="
                + encode(agentJson) + "&stateId=" + encode(stateId);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("X-Experience-API-Version", XAPI_VERSION)
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        return send(request);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Sends the statements (JSON objects as text) in one request. */
    public Answer post(List<String> statements) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.statementsUrl()))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("X-Experience-API-Version", XAPI_VERSION)
                .POST(HttpRequest.BodyPublishers.ofString("[" + String.join(",", statements) + "]"));
        return send(request);
    }

    private Answer send(HttpRequest.Builder request) {
        settings.authorization().ifPresent(a -> request.header("Authorization", a));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body() == null ? "" : response.body();
            return new Answer(response.statusCode(), body.length() > 500 ? body.substring(0, 500) : body);
        } catch (IOException e) {
            return new Answer(0, "LRS unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted");
        }
    }
}
