package org.pathwise.lrs.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.lrs.XapiTestClient.newStore;
import static org.pathwise.lrs.XapiTestClient.server;
import static org.pathwise.lrs.XapiTestClient.statement;
import static org.pathwise.lrs.XapiTestClient.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.lrs.XapiTestClient.StoreCredential;

/**
 * Outside clients that prefer HTTP/2 — the JDK's {@code HttpClient} by default, {@code curl --http2} — ask for a
 * cleartext upgrade ({@code Upgrade: h2c}) on plain HTTP, with the statements already in the request's body. Every
 * statement such a client posts, many at once, must be stored exactly as it was sent (ADR 0012).
 */
class Http2PreferringClientsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 8;
    private static final int POSTS = 240;
    private static final int PER_POST = 4;

    @BeforeAll
    static void start() {
        server();
    }

    /** A batch of distinct statements of varied sizes (some cross HTTP/2 frame and window sizes). */
    private static ArrayNode batch(int post) {
        ArrayNode batch = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < PER_POST; i++) {
            ObjectNode s = statement(
                    "h2-" + post + "-" + i + "@example.com",
                    "http://adlnet.gov/expapi/verbs/answered",
                    "http://example.com/h2/" + post + "/" + i);
            s.put("id", UUID.randomUUID().toString());
            s.put("timestamp", "2026-11-23T10:00:00.000Z");
            int size = 50 + ((post * 7919 + i * 104_729) % 12_000);
            s.putObject("result").put("response", marker(post, i, size));
            batch.add(s);
        }
        return batch;
    }

    /** Text that names its statement all along, so that a spliced body cannot pass for another. */
    private static String marker(int post, int i, int size) {
        StringBuilder text = new StringBuilder();
        while (text.length() < size) {
            text.append("post ").append(post).append(" statement ").append(i).append("; ");
        }
        return text.toString();
    }

    private static String basic(StoreCredential c) {
        return "Basic "
                + Base64.getEncoder().encodeToString((c.key() + ":" + c.secret()).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void statementsPostedConcurrentlyByAnHttp2PreferringClientAreAllStoredExactlyAsSent() throws Exception {
        StoreCredential c = newStore("statements/write", "statements/read");
        HttpClient client = HttpClient.newBuilder() // the default version: HTTP/2, so h2c on plain HTTP
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        assertThat(client.version()).isEqualTo(HttpClient.Version.HTTP_2);
        Map<String, JsonNode> sent = new ConcurrentHashMap<>();
        Map<Integer, String> failures = new ConcurrentHashMap<>();
        Set<HttpClient.Version> versions = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int p = 0; p < POSTS; p++) {
                int post = p;
                done.add(pool.submit(() -> {
                    ArrayNode batch = batch(post);
                    HttpRequest request = HttpRequest.newBuilder(URI.create(server().baseUrl() + "/xapi/statements"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Authorization", basic(c))
                            .header("X-Experience-API-Version", "1.0.3")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(batch.toString()))
                            .build();
                    HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                    versions.add(answer.version());
                    List<String> ids = new ArrayList<>();
                    batch.forEach(s -> ids.add(s.get("id").asText()));
                    if (answer.statusCode() != 200 || !answer.body().equals(JSON.writeValueAsString(ids))) {
                        failures.put(post, answer.statusCode() + " " + answer.body());
                    }
                    batch.forEach(s -> sent.put(s.get("id").asText(), s));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).as("posts not acknowledged with their ids").isEmpty();
        Map<String, String> altered = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : sent.entrySet()) {
            String body = xapi(c).queryParam("statementId", e.getKey())
                    .get("/statements")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            ObjectNode stored = (ObjectNode) JSON.readTree(body);
            stored.remove(List.of("stored", "authority", "version"));
            if (!stored.equals(e.getValue())) {
                altered.put(e.getKey(), body.length() > 300 ? body.substring(0, 300) : body);
            }
        }
        assertThat(sent).hasSize(POSTS * PER_POST);
        assertThat(altered).as("statements stored otherwise than sent").isEmpty();
        // the upgrade is declined (ADR 0012): every answer is HTTP/1.1
        assertThat(versions).containsExactly(HttpClient.Version.HTTP_1_1);
    }

    /** One request over a raw connection; returns everything the server sent until it closed the connection. */
    private static String exchange(String head, byte[] body) throws Exception {
        URI base = URI.create(server().baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer); // ends only when the server closes the connection
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void anUpgradeRequestWithABodyIsAnsweredOverHttp11AndItsConnectionClosed() throws Exception {
        StoreCredential c = newStore("statements/write", "statements/read");
        ObjectNode s = statement();
        String id = UUID.randomUUID().toString();
        s.put("id", id);
        byte[] body = s.toString().getBytes(StandardCharsets.UTF_8);
        String head = "POST /xapi/statements HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA\r\n"
                + "Authorization: " + basic(c) + "\r\nX-Experience-API-Version: 1.0.3\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        String answer = exchange(head, body);
        assertThat(answer)
                .startsWith("HTTP/1.1 200")
                .containsIgnoringCase("Connection: close")
                .endsWith("[\"" + id + "\"]");
        String chunked = head.replace("Content-Length: " + body.length, "Transfer-Encoding: chunked");
        String refused = exchange(
                chunked,
                ("" + Integer.toHexString(body.length) + "\r\n" + s + "\r\n0\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(refused).startsWith("HTTP/1.1 411").contains("Content-Length");
        xapi(c).queryParam("statementId", id).get("/statements").then().statusCode(200);
    }
}
