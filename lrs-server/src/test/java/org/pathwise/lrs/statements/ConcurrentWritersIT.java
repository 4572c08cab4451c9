package org.pathwise.lrs.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathwise.lrs.XapiTestClient.admin;
import static org.pathwise.lrs.XapiTestClient.newStore;
import static org.pathwise.lrs.XapiTestClient.server;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.DatabaseSettings;
import org.pathwise.lrs.XapiTestClient.StoreCredential;

/**
 * Writers of one store commit concurrently (each batch takes its seq range first, V11): readers that follow the
 * store in seq order — the outbox feed, ascending and descending {@code more} pages — must still never pass a
 * statement that commits later with a lower seq, and the checks that used to rely on writers queueing (same id
 * stored twice, a statement and its voiding statement) must hold when they race.
 */
class ConcurrentWritersIT {
    private static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    @BeforeAll
    static void start() {
        server();
    }

    private static List<String> post(StoreCredential c, ArrayNode batch) {
        return xapi(c).contentType(ContentType.JSON)
                .body(batch.toString())
                .post("/statements")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    private static ArrayNode batch(int size, String tag) {
        ArrayNode batch = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < size; i++) {
            batch.add(statement(
                    tag + "@example.com", "http://adlnet.gov/expapi/verbs/attempted", "http://example.com/c"));
        }
        return batch;
    }

    private static JsonPath feed(long store, long after) {
        return admin().get("/xapi/admin/outbox?store=" + store + "&after=" + after + "&limit=1000")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The whole feed of a store, oldest first, in as many requests as it takes. */
    private static List<String> wholeFeed(long store) {
        List<String> ids = new ArrayList<>();
        long last = 0;
        while (true) {
            JsonPath page = feed(store, last);
            List<String> entries = page.getList("entries.statement.id");
            if (entries.isEmpty()) {
                return ids;
            }
            ids.addAll(entries);
            last = page.getLong("last");
        }
    }

    private static JsonPath get(StoreCredential c, String pathAndQuery) {
        return xapi(c).urlEncodingEnabled(false)
                .get(pathAndQuery)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Every page of one query, following {@code more} links. */
    private static List<String> allPages(StoreCredential c, String query) {
        List<String> seen = new ArrayList<>();
        JsonPath page = get(c, query.isEmpty() ? "/statements" : "/statements?" + query);
        seen.addAll(page.getList("statements.id"));
        while (!page.getString("more").isEmpty()) {
            page = get(c, page.getString("more").substring("/xapi".length()));
            seen.addAll(page.getList("statements.id"));
        }
        return seen;
    }

    @Test
    void readersFollowingSeqOrderNeverMissAStatementWhileBatchesCommitConcurrently() throws Exception {
        StoreCredential c = newStore("all");
        int writers = 4;
        int batchesEach = 25;
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 3);
        try {
            List<Future<List<String>>> posted = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                posted.add(pool.submit(() -> {
                    List<String> ids = new ArrayList<>();
                    for (int b = 0; b < batchesEach; b++) {
                        // batches of different sizes, so that their transactions end in another order than they began
                        ids.addAll(post(c, batch(1 + (writer * 7 + b * 13) % 40, "w" + writer)));
                    }
                    return ids;
                }));
            }
            Future<List<String>> outbox = pool.submit(() -> {
                List<String> consumed = new ArrayList<>();
                long last = 0;
                boolean finalPoll = false;
                while (true) {
                    boolean stillWriting = writing.get();
                    JsonPath page = feed(c.storeId(), last);
                    List<Long> seqs = page.getList("entries.seq", Long.class);
                    assertThat(seqs).isSorted().allMatch(s -> s > 0);
                    consumed.addAll(page.getList("entries.statement.id"));
                    last = page.getLong("last");
                    if (seqs.isEmpty() && finalPoll) {
                        return consumed;
                    }
                    finalPoll = !stillWriting;
                }
            });
            Callable<List<List<String>>> pager = () -> {
                List<List<String>> rounds = new ArrayList<>();
                while (writing.get()) {
                    rounds.add(allPages(c, "ascending=true&limit=9"));
                }
                return rounds;
            };
            Future<List<List<String>>> ascending = pool.submit(pager);
            Future<List<List<String>>> descending = pool.submit(() -> {
                List<List<String>> rounds = new ArrayList<>();
                while (writing.get()) {
                    rounds.add(allPages(c, "limit=9"));
                }
                return rounds;
            });

            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : posted) {
                all.addAll(f.get());
            }
            writing.set(false);
            List<String> consumed = outbox.get();
            List<String> order = wholeFeed(c.storeId());

            assertThat(order).hasSameSizeAs(all).containsExactlyInAnyOrderElementsOf(all);
            assertThat(consumed)
                    .as("the outbox consumer, polling after its last seq while writers committed")
                    .containsExactlyElementsOf(order);
            List<List<String>> ascendingRounds = ascending.get();
            List<List<String>> descendingRounds = descending.get();
            assertThat(ascendingRounds).isNotEmpty();
            assertThat(descendingRounds).isNotEmpty();
            for (List<String> round : ascendingRounds) {
                assertThat(round)
                        .as("ascending pages read while writing: a prefix of the final order, no gap")
                        .containsExactlyElementsOf(order.subList(0, round.size()));
            }
            for (List<String> round : descendingRounds) {
                List<String> oldestFirst = new ArrayList<>(round);
                java.util.Collections.reverse(oldestFirst);
                assertThat(oldestFirst)
                        .as("descending pages read while writing: everything up to their first statement, no gap")
                        .containsExactlyElementsOf(order.subList(0, round.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameStatementPostedByTwoClientsAtOnceIsStoredOnceAndBothAreAcknowledged() throws Exception {
        StoreCredential c = newStore("all");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<String> ids = new ArrayList<>();
            List<Future<List<String>>> answers = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                ArrayNode batch = batch(20, "same" + round);
                batch.forEach(s -> ids.add(((ObjectNode) s)
                        .put("id", UUID.randomUUID().toString())
                        .get("id")
                        .asText()));
                for (int client = 0; client < 3; client++) {
                    answers.add(pool.submit(() -> post(c, batch)));
                }
            }
            for (Future<List<String>> answer : answers) {
                assertThat(answer.get()).isSubsetOf(ids).hasSize(20);
            }
            List<String> stored = wholeFeed(c.storeId());
            assertThat(stored).hasSize(ids.size()).containsExactlyInAnyOrderElementsOf(ids);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStatementAndItsVoidingStatementStoredAtTheSameTimeEndWithTheStatementVoided() throws Exception {
        StoreCredential c = newStore("all");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<String> targets = new ArrayList<>();
            List<Future<List<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String target = UUID.randomUUID().toString();
                targets.add(target);
                ArrayNode statements = batch(1, "voided" + i);
                ((ObjectNode) statements.get(0)).put("id", target);
                ObjectNode voiding = statement("admin@example.com", VOIDED, "http://example.com/x");
                voiding.set(
                        "object",
                        JsonNodeFactory.instance
                                .objectNode()
                                .put("objectType", "StatementRef")
                                .put("id", target));
                ArrayNode voidings = JsonNodeFactory.instance.arrayNode().add(voiding);
                answers.add(pool.submit(() -> post(c, voidings)));
                answers.add(pool.submit(() -> post(c, statements)));
            }
            for (Future<List<String>> answer : answers) {
                answer.get();
            }
            for (String target : targets) {
                xapi(c).queryParam("statementId", target)
                        .get("/statements")
                        .then()
                        .statusCode(404);
                xapi(c).queryParam("voidedStatementId", target)
                        .get("/statements")
                        .then()
                        .statusCode(200);
            }
            assertThat(get(c, "/statements?limit=100").getList("statements.verb.id"))
                    .hasSize(30)
                    .allMatch(VOIDED::equals);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Connection database() throws SQLException {
        DatabaseSettings db = server().database();
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    @Test
    void aRangeLeftPendingByAStuckWriterHoldsReadersBackUntilItsLeaseExpires() throws Exception {
        StoreCredential c = newStore("all");
        String first = post(c, batch(1, "before")).get(0);
        long now = System.currentTimeMillis();
        SeqRanges.Range orphan;
        try (Connection stuck = database()) {
            stuck.setAutoCommit(false);
            // a writer that took its range and never stores it, its connection still open (its node hangs)
            orphan = SeqRanges.allocate(stuck, c.storeId(), 1, now * 1000, now);
            String after = post(c, batch(1, "after")).get(0);

            assertThat(wholeFeed(c.storeId())).containsExactly(first);
            assertThat(allPages(c, "ascending=true")).containsExactly(first);
            assertThat(allPages(c, "")).containsExactly(first);
            xapi(c).queryParam("statementId", after).get("/statements").then().statusCode(200);

            try (Connection db = database();
                    PreparedStatement ps = db.prepareStatement(
                            "UPDATE lrs_statement_pending SET expires_at = ? WHERE store_id = ? AND first_seq = ?")) {
                ps.setLong(1, now - 1);
                ps.setLong(2, c.storeId());
                ps.setLong(3, orphan.firstSeq());
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            assertThat(wholeFeed(c.storeId())).containsExactly(first, after);
            assertThat(allPages(c, "")).containsExactly(after, first);
        }
    }

    private static long connectionId(Connection c) throws SQLException {
        try (var st = c.createStatement();
                var rs = st.executeQuery("SELECT CONNECTION_ID()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Waits until the database has let go of a closed connection (a precondition, not a timing assertion). */
    private static void awaitDisconnected(Connection observer, long connectionId) throws Exception {
        for (int i = 0; i < 200; i++) {
            try (PreparedStatement ps =
                    observer.prepareStatement("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = ?")) {
                ps.setLong(1, connectionId);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("connection " + connectionId + " is still open");
    }

    private static long pendingRows(Connection db, long storeId, long firstSeq) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT COUNT(*) FROM lrs_statement_pending WHERE store_id = ? AND first_seq = ?")) {
            ps.setLong(1, storeId);
            ps.setLong(2, firstSeq);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aRangeWhoseWritersConnectionIsGoneIsPassedWithoutWaitingForItsLease() throws Exception {
        long storeId = newStore("all").storeId();
        long now = System.currentTimeMillis();
        long taken = now - 2 * SeqRanges.ORPHAN_CHECK_AFTER_MILLIS; // both ranges are past the orphan check age
        try (Connection alive = database();
                Connection reader = database()) {
            alive.setAutoCommit(false);
            SeqRanges.Range held = SeqRanges.allocate(alive, storeId, 2, taken * 1000, taken);
            SeqRanges.Range orphan;
            try (Connection vanished = database()) {
                vanished.setAutoCommit(false);
                orphan = SeqRanges.allocate(vanished, storeId, 3, taken * 1000, taken);
                long id = connectionId(vanished);
                vanished.close(); // the writer's node died: its connection is gone
                awaitDisconnected(reader, id);
            }
            // the live writer's range still holds readers back; the vanished writer's is deleted at once
            assertThat(SeqRanges.watermark(reader, storeId, now)).isEqualTo(held.firstSeq() - 1);
            assertThat(pendingRows(reader, storeId, orphan.firstSeq())).isZero();
            assertThat(pendingRows(reader, storeId, held.firstSeq())).isEqualTo(1);
            SeqRanges.claim(alive, storeId, held);
            alive.commit();
            assertThat(SeqRanges.watermark(reader, storeId, now)).isEqualTo(orphan.lastSeq());
        }
    }

    @Test
    void aWriterWhoseRangeExpiredCannotClaimIt() throws Exception {
        long storeId = newStore("all").storeId();
        long now = System.currentTimeMillis();
        try (Connection writer = database();
                Connection reader = database()) {
            writer.setAutoCommit(false);
            SeqRanges.Range range = SeqRanges.allocate(writer, storeId, 3, now * 1000, now);
            assertThat(SeqRanges.watermark(reader, storeId, now)).isEqualTo(range.firstSeq() - 1);
            long afterLease = now + SeqRanges.LEASE_MILLIS + 1;
            assertThat(SeqRanges.watermark(reader, storeId, afterLease)).isEqualTo(range.lastSeq());
            assertThatThrownBy(() -> SeqRanges.claim(writer, storeId, range)).isInstanceOf(SeqRanges.Expired.class);
            writer.rollback();
        }
    }

    @Test
    void aClaimedRangeIsNotExpiredUnderItsWriter() throws Exception {
        long storeId = newStore("all").storeId();
        long now = System.currentTimeMillis();
        try (Connection writer = database();
                Connection reader = database()) {
            writer.setAutoCommit(false);
            SeqRanges.Range range = SeqRanges.allocate(writer, storeId, 2, now * 1000, now);
            SeqRanges.claim(writer, storeId, range);
            // the writer commits while a reader past the lease waits on the claimed row, then finds nothing to expire
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Long> watermark =
                        pool.submit(() -> SeqRanges.watermark(reader, storeId, now + SeqRanges.LEASE_MILLIS + 1));
                writer.commit();
                assertThat(watermark.get()).isEqualTo(range.lastSeq());
            } finally {
                pool.shutdownNow();
            }
            assertThat(SeqRanges.watermark(reader, storeId, now)).isEqualTo(range.lastSeq());
        }
    }
}
