package org.pathwise.lrs.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.pathwise.launcher.DatabaseSettings;

/**
 * The ceiling: the same statements written by plain JDBC batches (rewriteBatchedStatements=true) into scratch
 * tables created LIKE lrs_statement, lrs_statement_agent, lrs_statement_activity and lrs_outbox, in the same
 * database: the rows the LRS writes per statement — one statement row with its JSON body, two agent rows (actor,
 * and the authority as a related agent), four activity rows (object, parent, grouping, category), one outbox row —
 * without validation, the store's clock row, the agent/activity directories or HTTP.
 */
final class JdbcCeiling {

    private static final String[] TABLES = {
        "lrs_statement", "lrs_statement_agent", "lrs_statement_activity", "lrs_outbox"
    };
    private static final String STATEMENT = "INSERT INTO bench_statement (store_id, seq, statement_id, stored,"
            + " actor_hash, verb_hash, activity_hash, registration, authority_hash, body)"
            + " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String AGENT =
            "INSERT INTO bench_statement_agent (store_id, agent_hash, seq, direct) VALUES (1, ?, ?, ?)";
    private static final String OUTBOX =
            "INSERT INTO bench_outbox (store_id, seq, statement_id, created_at) VALUES (1, ?, ?, ?)";
    /** Every statement of the benchmark has the demo credential's authority, indexed as a related agent. */
    private static final long AUTHORITY = hash("the benchmark credential's authority");

    private static final String ACTIVITY =
            "INSERT INTO bench_statement_activity (store_id, activity_hash, seq, direct, verb_hash) VALUES (1, ?, ?, ?, ?)";

    private final DatabaseSettings database;
    private final AtomicLong seq = new AtomicLong();
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();

    JdbcCeiling(DatabaseSettings database) {
        this.database = database;
    }

    void createTables() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            for (String t : TABLES) {
                String scratch = t.replace("lrs_", "bench_");
                s.execute("DROP TABLE IF EXISTS " + scratch);
                s.execute("CREATE TABLE " + scratch + " LIKE " + t);
            }
        }
    }

    void dropTables() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            for (String t : TABLES) {
                s.execute("DROP TABLE IF EXISTS " + t.replace("lrs_", "bench_"));
            }
        }
    }

    /** Writes statements [first, first + count) in one transaction of batched inserts. */
    void writeBatch(StatementGenerator generator, long first, int count) {
        try (PreparedStatement st = connection().prepareStatement(STATEMENT);
                PreparedStatement ag = st.getConnection().prepareStatement(AGENT);
                PreparedStatement ac = st.getConnection().prepareStatement(ACTIVITY);
                PreparedStatement ob = st.getConnection().prepareStatement(OUTBOX)) {
            for (long i = first; i < first + count; i++) {
                add(generator.statement(i), seq.incrementAndGet(), st, ag, ac, ob);
            }
            st.executeBatch();
            ag.executeBatch();
            ac.executeBatch();
            ob.executeBatch();
            st.getConnection().commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(
            GeneratedStatement g,
            long seq,
            PreparedStatement st,
            PreparedStatement ag,
            PreparedStatement ac,
            PreparedStatement ob)
            throws SQLException {
        long actor = hash(g.actorKey());
        long activity = hash(g.activityId());
        byte[] id = bytes(g.id());
        st.setLong(1, seq);
        st.setBytes(2, id);
        st.setLong(3, System.currentTimeMillis() * 1000);
        st.setLong(4, actor);
        st.setLong(5, hash(g.verbId()));
        st.setLong(6, activity);
        st.setBytes(7, bytes(g.registration()));
        st.setLong(8, AUTHORITY);
        st.setString(9, g.json());
        st.addBatch();
        addAgent(ag, actor, seq, 1);
        addAgent(ag, AUTHORITY, seq, 0);
        long verb = hash(g.verbId());
        addActivity(ac, activity, seq, 1, verb);
        for (String context : g.contextActivityIds()) {
            addActivity(ac, hash(context), seq, 0, verb);
        }
        ob.setLong(1, seq);
        ob.setBytes(2, id);
        ob.setLong(3, System.currentTimeMillis());
        ob.addBatch();
    }

    private static void addAgent(PreparedStatement ag, long hash, long seq, int direct) throws SQLException {
        ag.setLong(1, hash);
        ag.setLong(2, seq);
        ag.setInt(3, direct);
        ag.addBatch();
    }

    private static void addActivity(PreparedStatement ac, long hash, long seq, int direct, long verb)
            throws SQLException {
        ac.setLong(1, hash);
        ac.setLong(2, seq);
        ac.setInt(3, direct);
        ac.setLong(4, verb);
        ac.addBatch();
    }

    /** One connection per client thread, kept open (as a pool would), autocommit off. */
    private Connection connection() throws SQLException {
        Connection c = connections.get();
        if (c == null) {
            c = connect();
            c.setAutoCommit(false);
            connections.set(c);
        }
        return c;
    }

    private Connection connect() throws SQLException {
        String url = database.url() + (database.url().contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        return DriverManager.getConnection(url, database.user(), database.password());
    }

    static long hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(d, 0, 8).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .array();
    }
}
