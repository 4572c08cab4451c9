package org.pathwise.tool.pages.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.tool.lrs.LrsClient;
import org.pathwise.tool.lrs.LrsSettings;

/**
 * The LRS's admin API over HTTP (ADR 0004): stores, credentials, webhooks, and statement queries with a given
 * credential. Authenticates as {@code admin} with the same {@code pathwise.admin.secret}.
 */
@ApplicationScoped
public class LrsAdminClient {

    /** The LRS's answer: status (0 when unreachable), the JSON body (may be missing) and the problem's detail. */
    public record Answer(int status, JsonNode body, String detail) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder()
            // HTTP/1.1: the JDK client upgrades to h2c by default, and a body mix-up was seen over that upgrade
            // against Payara (docs/benchmarks.md); our statements must not take that path.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Inject
    LrsSettings settings;

    @Inject
    @ConfigProperty(name = "pathwise.admin.secret")
    Optional<String> adminSecret;

    /** The LRS base URL, e.g. {@code http://127.0.0.1:8080/xapi}. */
    public String base() {
        String statements = settings.statementsUrl();
        return statements.substring(0, statements.length() - "/statements".length());
    }

    public Answer stores() {
        return admin("GET", "/admin/stores", null);
    }

    public Answer store(long id) {
        return admin("GET", "/admin/stores/" + id, null);
    }

    public Answer createStore(String name) {
        ObjectNode body = JSON.createObjectNode().put("name", name);
        return admin("POST", "/admin/stores", body);
    }

    public Answer credentials(long storeId) {
        return admin("GET", "/admin/stores/" + storeId + "/credentials", null);
    }

    public Answer issue(long storeId, Collection<String> scopes, String label) {
        ObjectNode body = JSON.createObjectNode().put("label", label);
        scopes.forEach(body.putArray("scopes")::add);
        return admin("POST", "/admin/stores/" + storeId + "/credentials", body);
    }

    public Answer revoke(String key) {
        return admin("DELETE", "/admin/stores/credentials/" + encode(key), null);
    }

    public Answer webhook(long storeId) {
        return admin("GET", "/admin/webhooks/" + storeId, null);
    }

    public Answer about() {
        return send(request("/about").GET().header("X-Experience-API-Version", LrsClient.XAPI_VERSION));
    }

    /** GET of a statements URL (path and query under the LRS, e.g. a {@code more} link) with a store credential. */
    public Answer statements(String pathAndQuery, String key, String secret) {
        String basic = Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(request(pathAndQuery)
                .GET()
                .header("X-Experience-API-Version", LrsClient.XAPI_VERSION)
                .header("Authorization", "Basic " + basic));
    }

    /** GET of a statements URL with a ready Authorization header value (the tool's own LRS credential). */
    public Answer statementsAs(String pathAndQuery, String authorization) {
        return send(request(pathAndQuery)
                .GET()
                .header("X-Experience-API-Version", LrsClient.XAPI_VERSION)
                .header("Authorization", authorization));
    }

    private Answer admin(String method, String path, JsonNode body) {
        if (adminSecret.filter(s -> !s.isBlank()).isEmpty()) {
            return new Answer(503, null, "pathwise.admin.secret is not set");
        }
        String basic =
                Base64.getEncoder().encodeToString(("admin:" + adminSecret.get()).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request =
                request(path).header("Authorization", "Basic " + basic).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        return send(request);
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).timeout(Duration.ofSeconds(20));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = null;
            String text = response.body() == null ? "" : response.body();
            if (!text.isBlank()) {
                try {
                    body = JSON.readTree(text);
                } catch (IOException e) {
                    body = null;
                }
            }
            String detail = body == null
                    ? (text.length() > 300 ? text.substring(0, 300) : text)
                    : body.path("detail").asText(body.path("message").asText(""));
            return new Answer(response.statusCode(), body, detail);
        } catch (IOException e) {
            return new Answer(0, null, "LRS unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null, "interrupted");
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
