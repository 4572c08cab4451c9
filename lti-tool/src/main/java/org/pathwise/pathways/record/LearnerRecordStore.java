package org.pathwise.pathways.record;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.pathwise.player.db.Json;
import org.pathwise.player.db.Tx;
import org.pathwise.tool.platform.ToolDataSource;

/** The {@code lti_learner_statement}, {@code lti_learning_cursor} and {@code lti_learner_mastery} rows. */
@ApplicationScoped
public class LearnerRecordStore {

    /** A statement kept for a learner. */
    public record Row(String statementId, long seq, String learnerId, long stamp, String body) {}

    /** Mastery of one competency. */
    public record Mastery(String competencyId, double mastery, int evidence) {}

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    Clock clock = Clock.systemUTC();

    /** The last seq read of the store's outbox (0 before the first). */
    public long cursor(long storeId) {
        return Tx.read(dataSource, c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT last_seq FROM lti_learning_cursor WHERE store_id = ?")) {
                ps.setLong(1, storeId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    /**
     * Applies one page of the outbox in one transaction: new statements kept (a statement id already kept is left as
     * it is), voided ones deleted, and the cursor moved from {@code expectedSeq} to {@code lastSeq}. Returns the
     * learners whose voided statements were deleted, or empty (and changes nothing) when another reader moved the
     * cursor first.
     */
    public java.util.Optional<java.util.Set<String>> apply(
            long storeId, long expectedSeq, long lastSeq, List<Row> rows, Collection<String> voided) {
        return apply(storeId, expectedSeq, lastSeq, rows, voided, (c, inserted, voidedLearners) -> {});
    }

    /** What else happens in the page's transaction: the rows actually inserted and the learners whose rows were voided. */
    @FunctionalInterface
    public interface PageHook {
        void apply(Connection c, List<Row> inserted, java.util.Set<String> voidedLearners) throws SQLException;
    }

    /** {@link #apply} with {@code hook} run in the same transaction (rolled back with it). */
    public java.util.Optional<java.util.Set<String>> apply(
            long storeId, long expectedSeq, long lastSeq, List<Row> rows, Collection<String> voided, PageHook hook) {
        return Tx.run(dataSource, c -> {
            if (!moveCursor(c, storeId, expectedSeq, lastSeq, rows.size())) {
                c.rollback();
                return java.util.Optional.empty();
            }
            List<Row> inserted = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO lti_learner_statement"
                    + " (statement_id, seq, learner_id, stamp, body) VALUES (?, ?, ?, ?, ?)")) {
                for (Row r : rows) {
                    ps.setString(1, r.statementId());
                    ps.setLong(2, r.seq());
                    ps.setString(3, r.learnerId());
                    ps.setLong(4, r.stamp());
                    ps.setString(5, r.body());
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] != 0) {
                        inserted.add(rows.get(i));
                    }
                }
            }
            java.util.Set<String> affected = new java.util.HashSet<>();
            try (PreparedStatement find =
                            c.prepareStatement("SELECT learner_id FROM lti_learner_statement WHERE statement_id = ?");
                    PreparedStatement delete =
                            c.prepareStatement("DELETE FROM lti_learner_statement WHERE statement_id = ?")) {
                for (String id : voided) {
                    find.setString(1, id);
                    try (ResultSet rs = find.executeQuery()) {
                        while (rs.next()) {
                            affected.add(rs.getString(1));
                        }
                    }
                    delete.setString(1, id);
                    delete.executeUpdate();
                }
            }
            hook.apply(c, inserted, affected);
            return java.util.Optional.of(affected);
        });
    }

    private boolean moveCursor(Connection c, long storeId, long expected, long last, int count) throws SQLException {
        if (expected == 0) {
            try (PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO lti_learning_cursor"
                    + " (store_id, last_seq, statements, updated_at) VALUES (?, 0, 0, ?)")) {
                ps.setLong(1, storeId);
                ps.setLong(2, clock.millis());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE lti_learning_cursor SET last_seq = ?,"
                + " statements = statements + ?, updated_at = ? WHERE store_id = ? AND last_seq = ?")) {
            ps.setLong(1, last);
            ps.setLong(2, count);
            ps.setLong(3, clock.millis());
            ps.setLong(4, storeId);
            ps.setLong(5, expected);
            return ps.executeUpdate() == 1;
        }
    }

    /** The learner's statements, oldest first. */
    public List<JsonNode> statementsOf(String learnerId) {
        return Tx.read(dataSource, c -> {
            List<JsonNode> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT body FROM lti_learner_statement WHERE learner_id = ? ORDER BY stamp, seq")) {
                ps.setString(1, learnerId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(tree(rs.getString(1)));
                    }
                }
            }
            return out;
        });
    }

    /** The statements of several learners, by learner, each oldest first (one query). */
    public Map<String, List<JsonNode>> statementsOf(Collection<String> learnerIds) {
        Map<String, List<JsonNode>> out = new HashMap<>();
        if (learnerIds.isEmpty()) {
            return out;
        }
        String marks = String.join(",", java.util.Collections.nCopies(learnerIds.size(), "?"));
        return Tx.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT learner_id, body FROM lti_learner_statement"
                    + " WHERE learner_id IN (" + marks + ") ORDER BY stamp, seq")) {
                int i = 1;
                for (String l : learnerIds) {
                    ps.setString(i++, l);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(tree(rs.getString(2)));
                    }
                }
            }
            return out;
        });
    }

    /** How many statements the record holds in all. */
    public long count() {
        return Tx.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM lti_learner_statement");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Replaces the learner's mastery rows of a course. */
    public void saveMastery(String courseKey, String learnerId, List<Mastery> rows) {
        Tx.run(dataSource, c -> {
            saveMastery(c, courseKey, learnerId, rows, clock.millis());
            return null;
        });
    }

    /** Replaces the learner's mastery rows of a course in the caller's transaction. */
    static void saveMastery(Connection c, String courseKey, String learnerId, List<Mastery> rows, long now)
            throws SQLException {
        {
            try (PreparedStatement ps =
                    c.prepareStatement("DELETE FROM lti_learner_mastery WHERE course_key = ? AND learner_id = ?")) {
                ps.setString(1, courseKey);
                ps.setString(2, learnerId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO lti_learner_mastery"
                            + " (course_key, learner_id, competency_id, mastery, evidence, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Mastery m : rows) {
                    ps.setString(1, courseKey);
                    ps.setString(2, learnerId);
                    ps.setString(3, m.competencyId());
                    ps.setDouble(4, m.mastery());
                    ps.setInt(5, m.evidence());
                    ps.setLong(6, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** The learner's stored mastery rows in a course. */
    public List<Mastery> mastery(String courseKey, String learnerId) {
        return Tx.read(dataSource, c -> {
            List<Mastery> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT competency_id, mastery, evidence FROM"
                    + " lti_learner_mastery WHERE course_key = ? AND learner_id = ? ORDER BY competency_id")) {
                ps.setString(1, courseKey);
                ps.setString(2, learnerId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Mastery(rs.getString(1), rs.getDouble(2), rs.getInt(3)));
                    }
                }
            }
            return out;
        });
    }

    private static JsonNode tree(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored statement is not JSON: " + e.getMessage(), e);
        }
    }
}
