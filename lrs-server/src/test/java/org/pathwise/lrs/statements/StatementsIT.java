package org.pathwise.lrs.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.pathwise.lrs.XapiTestClient.newStore;
import static org.pathwise.lrs.XapiTestClient.statement;
import static org.pathwise.lrs.XapiTestClient.xapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.DatabaseSettings;
import org.pathwise.lrs.XapiTestClient;
import org.pathwise.lrs.XapiTestClient.StoreCredential;

/** The Statement Resource through real HTTP: round trips, ids, every filter, paging, voiding, batches. */
class StatementsIT {
    private static final String ATTEMPTED = "http://adlnet.gov/expapi/verbs/attempted";
    private static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    private static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    @BeforeAll
    static void start() {
        XapiTestClient.server();
    }

    private static String post(StoreCredential c, Object body) {
        return xapi(c).contentType(ContentType.JSON)
                .body(body.toString())
                .post("/statements")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("[0]");
    }

    private static JsonPath query(StoreCredential c, String query) {
        return xapi(c).urlEncodingEnabled(false)
                .get(query.isEmpty() ? "/statements" : "/statements?" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aStatementWithoutTimestampGetsItsStoredTime() {
        StoreCredential c = newStore("all");
        String id = post(c, statement("notime@example.com", PASSED, "http://example.com/notime"));
        JsonPath got = query(c, "statementId=" + id);
        assertThat(got.getString("timestamp")).isEqualTo(got.getString("stored"));
    }

    @Test
    void consistentThroughIsSentOnStatementErrorsToo() {
        StoreCredential c = newStore("all");
        xapi(c).get("/statements?statementId=" + java.util.UUID.randomUUID())
                .then()
                .statusCode(404)
                .header("X-Experience-API-Consistent-Through", notNullValue());
        xapi(c).urlEncodingEnabled(false)
                .get("/statements?statementId=" + java.util.UUID.randomUUID() + "&verb=" + PASSED)
                .then()
                .statusCode(400)
                .header("X-Experience-API-Consistent-Through", notNullValue());
    }

    @Test
    void putThenGetReturnsTheStatementWithTheFieldsTheLrsSets() {
        StoreCredential c = newStore("all");
        String id = UUID.randomUUID().toString();
        xapi(c).contentType(ContentType.JSON)
                .queryParam("statementId", id)
                .body(statement().toString())
                .put("/statements")
                .then()
                .statusCode(204)
                .header("X-Experience-API-Version", "1.0.3");
        var got = xapi(c).queryParam("statementId", id)
                .get("/statements")
                .then()
                .statusCode(200)
                .header("X-Experience-API-Consistent-Through", notNullValue())
                .header("Date", notNullValue())
                .header("Last-Modified", notNullValue())
                .extract()
                .jsonPath();
        assertThat(got.getString("id")).isEqualTo(id);
        assertThat(got.getString("version")).isEqualTo("1.0.0");
        assertThat(got.getString("authority.account.name")).isEqualTo(c.key());
        assertThat(Instant.parse(got.getString("stored"))).isBeforeOrEqualTo(Instant.now());
        assertThat(got.getString("verb.id")).isEqualTo(ATTEMPTED);
    }

    @Test
    void postBatchAssignsIdsInOrderAndStoredGrowsStrictly() {
        StoreCredential c = newStore("all");
        ArrayNode batch = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < 5; i++) {
            batch.add(statement("p" + i + "@example.com", ATTEMPTED, "http://example.com/a/" + i));
        }
        List<String> ids = xapi(c).contentType(ContentType.JSON)
                .body(batch.toString())
                .post("/statements")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(ids).hasSize(5).doesNotHaveDuplicates();
        JsonPath all = query(c, "ascending=true");
        assertThat(all.getList("statements.id")).containsExactlyElementsOf(ids);
        List<String> stored = all.getList("statements.stored");
        for (int i = 1; i < stored.size(); i++) {
            assertThat(Instant.parse(stored.get(i))).isAfter(Instant.parse(stored.get(i - 1)));
        }
    }

    @Test
    void reusedIdAnswers204WhenIdenticalAnd409WhenDifferent() {
        StoreCredential c = newStore("all");
        String id = UUID.randomUUID().toString();
        ObjectNode s = statement().put("id", id);
        post(c, s);
        xapi(c).contentType(ContentType.JSON)
                .queryParam("statementId", id)
                .body(s.toString())
                .put("/statements")
                .then()
                .statusCode(204);
        post(c, s);
        ObjectNode other = statement("someone@example.com", PASSED, "http://example.com/a/2")
                .put("id", id);
        xapi(c).contentType(ContentType.JSON)
                .queryParam("statementId", id)
                .body(other.toString())
                .put("/statements")
                .then()
                .statusCode(409);
        xapi(c).contentType(ContentType.JSON)
                .body(other.toString())
                .post("/statements")
                .then()
                .statusCode(409);
        assertThat(query(c, "").getList("statements")).hasSize(1);
    }

    @Test
    void duplicateIdsWithinABatchAreABadRequest() {
        StoreCredential c = newStore("all");
        String id = UUID.randomUUID().toString();
        ArrayNode batch = JsonNodeFactory.instance.arrayNode();
        batch.add(statement().put("id", id)).add(statement().put("id", id));
        xapi(c).contentType(ContentType.JSON)
                .body(batch.toString())
                .post("/statements")
                .then()
                .statusCode(400)
                .body("message", containsString("statement[1].id"));
    }

    @Test
    void aBatchWithOneInvalidStatementStoresNothing() {
        StoreCredential c = newStore("all");
        String id = UUID.randomUUID().toString();
        ArrayNode batch = JsonNodeFactory.instance.arrayNode();
        ObjectNode invalid = statement();
        invalid.with("verb").put("id", "not an iri");
        batch.add(statement().put("id", id)).add(invalid);
        xapi(c).contentType(ContentType.JSON)
                .body(batch.toString())
                .post("/statements")
                .then()
                .statusCode(400)
                .body("message", containsString("statement[1].verb.id"));
        xapi(c).queryParam("statementId", id).get("/statements").then().statusCode(404);
        assertThat(query(c, "").getList("statements")).isEmpty();
    }

    @Test
    void aBatchConflictingWithAStoredStatementStoresNothing() {
        StoreCredential c = newStore("all");
        String id = UUID.randomUUID().toString();
        post(c, statement().put("id", id));
        ArrayNode batch = JsonNodeFactory.instance.arrayNode();
        batch.add(statement("new@example.com", ATTEMPTED, "http://example.com/a/9"));
        batch.add(statement("x@example.com", PASSED, "http://example.com/a/9").put("id", id));
        xapi(c).contentType(ContentType.JSON)
                .body(batch.toString())
                .post("/statements")
                .then()
                .statusCode(409);
        assertThat(query(c, "").getList("statements")).hasSize(1);
    }

    @Test
    void everyQueryFilterSelectsTheMatchingStatements() {
        StoreCredential c = newStore("all");
        String registration = UUID.randomUUID().toString();
        ObjectNode a = statement("ann@example.com", ATTEMPTED, "http://example.com/course/1");
        ObjectNode b = statement("bob@example.com", PASSED, "http://example.com/course/2");
        b.putObject("context").put("registration", registration);
        ObjectNode parent = JsonNodeFactory.instance.objectNode().put("id", "http://example.com/course/1");
        b.with("context").putObject("contextActivities").putArray("parent").add(parent);
        b.with("context").putObject("instructor").put("mbox", "mailto:ann@example.com");
        ObjectNode d = statement("carl@example.com", ATTEMPTED, "http://example.com/course/3");
        String idA = post(c, a);
        String idB = post(c, b);
        Instant between = Instant.parse(query(c, "statementId=" + idB).getString("stored"));
        String idD = post(c, d);

        assertThat(ids(c, "agent=" + agent("ann@example.com"))).containsExactly(idA);
        assertThat(ids(c, "agent=" + agent("ann@example.com") + "&related_agents=true"))
                .containsExactly(idB, idA);
        assertThat(ids(c, "verb=" + PASSED)).containsExactly(idB);
        assertThat(ids(c, "activity=http://example.com/course/1")).containsExactly(idA);
        assertThat(ids(c, "activity=http://example.com/course/1&related_activities=true"))
                .containsExactly(idB, idA);
        assertThat(ids(c, "registration=" + registration)).containsExactly(idB);
        assertThat(ids(c, "since=" + between)).containsExactly(idD);
        assertThat(ids(c, "until=" + between)).containsExactly(idB, idA);
        assertThat(ids(c, "ascending=true")).containsExactly(idA, idB, idD);
        assertThat(ids(c, "limit=1")).containsExactly(idD);
        assertThat(ids(c, "verb=" + ATTEMPTED + "&agent=" + agent("carl@example.com")))
                .containsExactly(idD);
    }

    @Test
    void verbAndActivityTogetherFindEachMatchIncludingActivityRowsWrittenBeforeTheirVerbColumn() throws SQLException {
        StoreCredential c = newStore("all");
        String module = "http://example.com/module/" + UUID.randomUUID();
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ObjectNode s = statement("learner" + i + "@example.com", i % 2 == 0 ? PASSED : ATTEMPTED, module);
            String id = post(c, s);
            if (i % 2 == 0) {
                passed.add(0, id);
            }
        }
        ObjectNode inContext = statement("dan@example.com", PASSED, "http://example.com/other");
        inContext
                .putObject("context")
                .putObject("contextActivities")
                .putArray("grouping")
                .addObject()
                .put("id", module);
        String viaContext = post(c, inContext);

        assertThat(ids(c, "verb=" + PASSED + "&activity=" + module)).containsExactlyElementsOf(passed);
        List<String> related = new ArrayList<>(passed);
        related.add(0, viaContext);
        assertThat(ids(c, "verb=" + PASSED + "&activity=" + module + "&related_activities=true"))
                .containsExactlyElementsOf(related);

        // rows written by a node older than V13 carry no verb: the query still finds their statements by the
        // statement's own verb, and still leaves out the other verbs
        DatabaseSettings db = XapiTestClient.server().database();
        try (Connection sql = DriverManager.getConnection(db.url(), db.user(), db.password());
                PreparedStatement clear =
                        sql.prepareStatement("UPDATE lrs_statement_activity SET verb_hash = NULL WHERE store_id = ?")) {
            clear.setLong(1, c.storeId());
            assertThat(clear.executeUpdate()).isGreaterThanOrEqualTo(7);
        }
        assertThat(ids(c, "verb=" + PASSED + "&activity=" + module)).containsExactlyElementsOf(passed);
        assertThat(ids(c, "verb=" + PASSED + "&activity=" + module + "&related_activities=true"))
                .containsExactlyElementsOf(related);
    }

    @Test
    void formatIdsReducesAgentsActivitiesAndVerbs() {
        StoreCredential c = newStore("all");
        ObjectNode s = statement();
        s.with("actor").put("name", "Learner");
        s.with("object").putObject("definition").putObject("name").put("en-US", "Course");
        String id = post(c, s);
        JsonPath ids = query(c, "statementId=" + id + "&format=ids");
        assertThat(ids.getString("actor.name")).isNull();
        assertThat(ids.getString("actor.mbox")).isEqualTo("mailto:learner@example.com");
        assertThat(ids.getMap("object.definition")).isNull();
        assertThat(ids.getMap("verb.display")).isNull();
        JsonPath exact = query(c, "statementId=" + id + "&format=exact");
        assertThat(exact.getString("actor.name")).isEqualTo("Learner");
        JsonPath canonical = query(c, "format=canonical");
        assertThat(canonical.getMap("statements[0].object.definition.name")).containsEntry("en-US", "Course");
    }

    @Test
    void morePagesAreStableWhileStatementsKeepArriving() {
        StoreCredential c = newStore("all");
        List<String> first = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            first.add(0, post(c, statement("page@example.com", ATTEMPTED, "http://example.com/p/" + i)));
        }
        List<String> seen = new ArrayList<>();
        JsonPath page = query(c, "limit=3");
        int pages = 1;
        seen.addAll(page.getList("statements.id"));
        while (!page.getString("more").isEmpty()) {
            post(c, statement("page@example.com", PASSED, "http://example.com/p/new"));
            assertThat(page.getString("more")).startsWith("/xapi/statements/more/");
            page = XapiTestClient.xapi(c)
                    .get(page.getString("more").substring("/xapi".length()))
                    .then()
                    .statusCode(200)
                    .header("X-Experience-API-Consistent-Through", notNullValue())
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("statements.id"));
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(first);
    }

    @Test
    void ascendingPagesReachStatementsStoredAfterTheFirstPage() {
        StoreCredential c = newStore("all");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            expected.add(post(c, statement()));
        }
        JsonPath page = query(c, "limit=2&ascending=true");
        List<String> seen = new ArrayList<>(page.getList("statements.id"));
        expected.add(post(c, statement()));
        while (!page.getString("more").isEmpty()) {
            page = xapi(c).get(page.getString("more").substring("/xapi".length()))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("statements.id"));
        }
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void voidedStatementsLeaveQueriesButStayReachableByVoidedStatementId() {
        StoreCredential c = newStore("all");
        String target = post(c, statement());
        ObjectNode voiding = statement("admin@example.com", VOIDED, "http://example.com/x");
        voiding.set(
                "object",
                JsonNodeFactory.instance
                        .objectNode()
                        .put("objectType", "StatementRef")
                        .put("id", target));
        String voidingId = post(c, voiding);
        ObjectNode referencing = statement("ref@example.com", PASSED, "http://example.com/x");
        referencing.set(
                "object",
                JsonNodeFactory.instance
                        .objectNode()
                        .put("objectType", "StatementRef")
                        .put("id", target));
        String referencingId = post(c, referencing);

        xapi(c).queryParam("statementId", target).get("/statements").then().statusCode(404);
        xapi(c).queryParam("voidedStatementId", target)
                .get("/statements")
                .then()
                .statusCode(200)
                .body("id", equalTo(target));
        xapi(c).queryParam("voidedStatementId", voidingId)
                .get("/statements")
                .then()
                .statusCode(404);
        assertThat(ids(c, "")).containsExactly(referencingId, voidingId);
        assertThat(ids(c, "verb=" + ATTEMPTED)).containsExactly(referencingId, voidingId);
        assertThat(ids(c, "verb=" + ATTEMPTED + "&ascending=true&limit=1")).containsExactly(voidingId);

        ObjectNode voidTheVoiding = statement("admin@example.com", VOIDED, "http://example.com/x");
        voidTheVoiding.set(
                "object",
                JsonNodeFactory.instance
                        .objectNode()
                        .put("objectType", "StatementRef")
                        .put("id", voidingId));
        xapi(c).contentType(ContentType.JSON)
                .body(voidTheVoiding.toString())
                .post("/statements")
                .then()
                .statusCode(400)
                .body("message", containsString("voiding"));
    }

    @Test
    void statementsSentUnder2_0GetVersion2AndLastModified() {
        StoreCredential c = newStore("all");
        String id = xapi(c, "2.0.0")
                .contentType(ContentType.JSON)
                .body(statement().toString())
                .post("/statements")
                .then()
                .statusCode(200)
                .header("X-Experience-API-Version", "2.0.0")
                .extract()
                .jsonPath()
                .getString("[0]");
        xapi(c, "2.0.0")
                .queryParam("statementId", id)
                .get("/statements")
                .then()
                .statusCode(200)
                .header("Last-Modified", notNullValue())
                .body("version", equalTo("2.0.0"));
        xapi(c, "2.0.0").get("/statements").then().statusCode(200).header("Last-Modified", notNullValue());
    }

    @Test
    void badInputIsA400NamingTheFieldOrParameterNeverA500() {
        StoreCredential c = newStore("all");
        xapi(c).contentType(ContentType.JSON)
                .body("{\"actor\": ")
                .post("/statements")
                .then()
                .statusCode(400)
                .body("message", containsString("statement"));
        xapi(c).contentType(ContentType.TEXT)
                .body(statement().toString())
                .post("/statements")
                .then()
                .statusCode(400)
                .body("message", containsString("Content-Type"));
        for (String bad : List.of(
                "limit=-1",
                "since=yesterday",
                "verb=not%20an%20iri",
                "registration=42",
                "ascending=maybe",
                "format=pretty",
                "agent=%7Bbroken",
                "color=red")) {
            String name = bad.substring(0, bad.indexOf('='));
            xapi(c).urlEncodingEnabled(false)
                    .get("/statements?" + bad)
                    .then()
                    .statusCode(400)
                    .body("message", containsString(name));
        }
        xapi(c).get("/statements?statementId=" + UUID.randomUUID() + "&verb=" + PASSED)
                .then()
                .statusCode(400)
                .body("message", containsString("verb"));
        xapi(c).get("/statements/more/garbage").then().statusCode(400).body("message", containsString("more"));
        xapi(c).contentType(ContentType.JSON)
                .body(statement().toString())
                .put("/statements")
                .then()
                .statusCode(400)
                .body("message", containsString("statementId"));
    }

    private static List<String> ids(StoreCredential c, String query) {
        return query(c, query).getList("statements.id");
    }

    private static String agent(String mbox) {
        return java.net.URLEncoder.encode(
                "{\"mbox\":\"mailto:" + mbox + "\"}", java.nio.charset.StandardCharsets.UTF_8);
    }
}
