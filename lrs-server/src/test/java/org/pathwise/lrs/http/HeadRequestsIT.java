package org.pathwise.lrs.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.lrs.XapiTestClient.newStore;
import static org.pathwise.lrs.XapiTestClient.statement;
import static org.pathwise.lrs.XapiTestClient.xapi;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathwise.lrs.XapiTestClient.StoreCredential;

/**
 * Communication 1.1 (both versions): a HEAD request is answered as the identical GET would be, status and headers,
 * without the body — on every resource that answers GET.
 */
class HeadRequestsIT {

    private static final List<String> SAME_HEADERS =
            List.of("X-Experience-API-Version", "ETag", "Content-Type", "Last-Modified");

    @Test
    void headAnswersEveryGetResourceAsGetWouldWithoutTheBody() {
        StoreCredential c = newStore("all");
        String activity = "http://example.com/head/" + UUID.randomUUID();
        String agent = "{\"mbox\":\"mailto:head-" + UUID.randomUUID() + "@example.com\"}";
        String id = UUID.randomUUID().toString();
        xapi(c).contentType(ContentType.JSON)
                .queryParam("statementId", id)
                .body(statement("head@example.com", "http://adlnet.gov/expapi/verbs/attempted", activity)
                        .toString())
                .put("/statements")
                .then()
                .statusCode(204);
        xapi(c).contentType(ContentType.JSON)
                .queryParam("activityId", activity)
                .queryParam("agent", agent)
                .queryParam("stateId", "bookmark")
                .body("{\"page\":3}")
                .put("/activities/state")
                .then()
                .statusCode(204);

        List<Map.Entry<String, Map<String, String>>> gets = List.of(
                Map.entry("/statements", Map.of("statementId", id)),
                Map.entry("/statements", Map.of("activity", activity)),
                Map.entry("/statements", Map.of("statementId", UUID.randomUUID().toString())),
                Map.entry("/activities", Map.of("activityId", activity)),
                Map.entry("/agents", Map.of("agent", agent)),
                Map.entry("/activities/state", Map.of("stateId", "bookmark", "activityId", activity, "agent", agent)),
                Map.entry("/activities/state", Map.of("activityId", activity, "agent", agent)),
                Map.entry("/activities/profile", Map.of("activityId", activity)),
                Map.entry("/about", Map.of()));
        for (var target : gets) {
            String path = target.getKey() + " " + target.getValue();
            Response get = xapi(c).queryParams(target.getValue()).get(target.getKey());
            Response head = xapi(c).queryParams(target.getValue()).head(target.getKey());

            assertThat(head.statusCode()).as("HEAD %s status", path).isEqualTo(get.statusCode());
            assertThat(head.asByteArray()).as("HEAD %s body", path).isEmpty();
            for (String header : SAME_HEADERS) {
                assertThat(head.header(header)).as("HEAD %s %s", path, header).isEqualTo(get.header(header));
            }
            if (path.startsWith("/statements")) {
                assertThat(head.header("X-Experience-API-Consistent-Through"))
                        .as("HEAD %s consistent-through", path)
                        .isNotBlank();
            }
        }
    }
}
