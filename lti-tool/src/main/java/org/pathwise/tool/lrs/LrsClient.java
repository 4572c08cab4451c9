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

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    LrsSettings settings;

    /** Sends the statements (JSON objects as text) in one request. */
    public Answer post(List<String> statements) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.statementsUrl()))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("X-Experience-API-Version", XAPI_VERSION)
                .POST(HttpRequest.BodyPublishers.ofString("[" + String.join(",", statements) + "]"));
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
