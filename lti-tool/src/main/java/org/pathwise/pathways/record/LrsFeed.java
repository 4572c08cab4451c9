package org.pathwise.pathways.record;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.player.db.Json;

/**
 * Reads the LRS's outbox feed ({@code GET <lrs>/admin/outbox?store=&after=&limit=}) and finds a store's id by name
 * ({@code GET <lrs>/admin/stores}), with the admin credential ({@code pathwise.admin.secret}).
 */
@ApplicationScoped
public class LrsFeed {

    /** One statement of the feed. */
    public record Entry(long seq, JsonNode statement) {}

    /** A page of the feed; {@code last} is the seq to ask after next. */
    public record Page(List<Entry> entries, long last) {}

    private final HttpClient http = HttpClient.newBuilder()
            // HTTP/1.1: the JDK client upgrades to h2c by default, and a body mix-up was seen over that upgrade
            // against Payara (docs/benchmarks.md); our statements must not take that path.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Inject
    @ConfigProperty(name = "pathwise.lrs.internal-url", defaultValue = "http://127.0.0.1:8080/xapi")
    String lrsUrl;

    @Inject
    @ConfigProperty(name = "pathwise.admin.secret")
    Optional<String> adminSecret;

    public boolean configured() {
        return adminSecret.filter(s -> !s.isBlank()).isPresent();
    }

    /** The id of the store with this name (or this number), if the LRS has it. */
    public Optional<Long> storeId(String nameOrId) throws IOException {
        JsonNode stores = get("/admin/stores");
        for (JsonNode s : stores) {
            if (nameOrId.equals(s.path("name").asText())
                    || nameOrId.equals(s.path("id").asText())) {
                return Optional.of(s.path("id").asLong());
            }
        }
        return Optional.empty();
    }

    public Page after(long storeId, long after, int limit) throws IOException {
        JsonNode page = get("/admin/outbox?store=" + storeId + "&after=" + after + "&limit=" + limit);
        List<Entry> entries = new ArrayList<>();
        for (JsonNode e : page.path("entries")) {
            entries.add(new Entry(e.path("seq").asLong(), e.path("statement")));
        }
        return new Page(entries, page.path("last").asLong(after));
    }

    private JsonNode get(String path) throws IOException {
        String base = lrsUrl.endsWith("/") ? lrsUrl.substring(0, lrsUrl.length() - 1) : lrsUrl;
        String basic = Base64.getEncoder()
                .encodeToString(("admin:" + adminSecret.orElse("")).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("LRS answered " + response.statusCode() + " to GET " + path);
            }
            return Json.MAPPER.readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
