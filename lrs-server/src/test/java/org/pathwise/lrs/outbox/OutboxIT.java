package org.pathwise.lrs.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.pathwise.lrs.XapiTestClient.admin;
import static org.pathwise.lrs.XapiTestClient.newStore;
import static org.pathwise.lrs.XapiTestClient.server;
import static org.pathwise.lrs.XapiTestClient.statement;
import static org.pathwise.lrs.XapiTestClient.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.lrs.XapiTestClient.StoreCredential;

/** The durable outbox: the admin feed in accepted order, and webhook delivery with a retry. */
class OutboxIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        server();
    }

    private static List<String> post(StoreCredential c, int count) {
        ArrayNode batch = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < count; i++) {
            batch.add(statement());
        }
        return xapi(c).contentType(ContentType.JSON)
                .body(batch.toString())
                .post("/statements")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    private static JsonPath feed(long store, long after, int limit) {
        return admin().get("/xapi/admin/outbox?store=" + store + "&after=" + after + "&limit=" + limit)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void feedListsAStoresStatementsInAcceptedOrderAfterASeq() {
        StoreCredential c = newStore("all");
        List<String> posted = new ArrayList<>(post(c, 3));
        posted.addAll(post(c, 1));
        posted.addAll(post(c, 2));
        JsonPath all = feed(c.storeId(), 0, 100);
        assertThat(all.getList("entries.statement.id")).containsExactlyElementsOf(posted);
        List<Long> seqs = all.getList("entries.seq", Long.class);
        assertThat(seqs).isSorted().doesNotHaveDuplicates();
        JsonPath firstTwo = feed(c.storeId(), 0, 2);
        assertThat(firstTwo.getList("entries.statement.id")).containsExactlyElementsOf(posted.subList(0, 2));
        JsonPath rest = feed(c.storeId(), firstTwo.getLong("last"), 100);
        assertThat(rest.getList("entries.statement.id")).containsExactlyElementsOf(posted.subList(2, 6));
        assertThat(feed(c.storeId(), rest.getLong("last"), 100).getList("entries"))
                .isEmpty();
        xapi(c).get("/admin/outbox?store=" + c.storeId()).then().statusCode(401);
        admin().get("/xapi/admin/outbox?store=abc").then().statusCode(400);
    }

    @Test
    void webhookReceivesSignedBatchesInOrderAndRetriesAfterAFailure() throws Exception {
        StoreCredential c = newStore("all");
        String secret = "webhook-secret-0123456789";
        List<Delivery> deliveries = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = calls.incrementAndGet() == 1 ? 500 : 200;
            deliveries.add(
                    new Delivery(status, body, exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER)));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            admin().contentType(ContentType.JSON)
                    .body("{\"url\":\"" + url + "\",\"secret\":\"" + secret + "\"}")
                    .put("/xapi/admin/webhooks/" + c.storeId())
                    .then()
                    .statusCode(200)
                    .body("url", equalTo(url));
            List<String> posted = new ArrayList<>(post(c, 3));
            posted.addAll(post(c, 1));
            List<String> acknowledged = awaitAcknowledged(deliveries, posted.size());
            assertThat(acknowledged).containsExactlyElementsOf(posted);
            assertThat(deliveries.get(0).status()).isEqualTo(500);
            for (Delivery d : deliveries) {
                assertThat(d.signature()).isEqualTo(WebhookSignature.sign(secret, d.body()));
            }
            admin().get("/xapi/admin/webhooks/" + c.storeId())
                    .then()
                    .statusCode(200)
                    .body("lastError", equalTo("HTTP 500"))
                    .body("lastSuccessAt", notNullValue())
                    .body("failedAttempts", equalTo(0))
                    .body("deliveredSeq", equalTo(feed(c.storeId(), 0, 100).getInt("last")));
        } finally {
            receiver.stop(0);
        }
        given().baseUri(server().baseUrl())
                .get("/xapi/admin/webhooks/" + c.storeId())
                .then()
                .statusCode(401);
    }

    /** Statement ids of the acknowledged deliveries, in delivery order, once there are {@code expected}. */
    private static List<String> awaitAcknowledged(List<Delivery> deliveries, int expected)
            throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200 && ids.size() < expected; i++) {
            Thread.sleep(100);
            ids.clear();
            for (Delivery d : deliveries) {
                if (d.status() == 200) {
                    for (JsonNode entry : JSON.readTree(d.body()).get("entries")) {
                        ids.add(entry.get("statement").get("id").asText());
                    }
                }
            }
        }
        return ids;
    }

    private record Delivery(int status, byte[] body, String signature) {}
}
