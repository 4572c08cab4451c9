package org.pathwise.lrs.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The benchmark's xAPI client: POST and GET on /xapi/statements with Basic auth, xAPI 1.0.3. */
final class XapiHttp {

    /** HTTP/1.1 as most xAPI clients speak it (the JDK client would otherwise try an h2c upgrade first). */
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final String base;
    private final String authorization;

    XapiHttp(String baseUrl, String key, String secret) {
        this.base = baseUrl + "/xapi/statements";
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    void post(String json) {
        HttpRequest request = request(URI.create(base))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        send(request, 200);
    }

    /** GET with a raw (already encoded) query string; returns the body. */
    String get(String query) {
        return send(request(URI.create(base + "?" + query)).GET().build(), 200);
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", authorization)
                .header("X-Experience-API-Version", "1.0.3");
    }

    private String send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
