package org.pathwise.pathways.record;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.pathwise.learning.content.Competency;
import org.pathwise.learning.model.LearnerModel;
import org.pathwise.learning.model.LearnerSnapshot;
import org.pathwise.learning.model.ModelParameters;
import org.pathwise.learning.sequencing.LearnerProgress;
import org.pathwise.learning.sequencing.ModuleProgress;
import org.pathwise.pathways.content.CourseKey;
import org.pathwise.pathways.content.CourseModel;
import org.pathwise.pathways.content.CourseService;
import org.pathwise.player.db.Json;
import org.pathwise.player.db.Tx;
import org.pathwise.tool.platform.ToolDataSource;

/**
 * The stored learner model state per course and learner ({@code lti_learner_state}) and the mastery rows derived from
 * it ({@code lti_learner_mastery}). {@link #advance} runs inside the transaction that keeps a page of the LRS outbox
 * and moves the cursor, so each statement changes a state once: the state is resumed and only the new statements are
 * applied. Replaying the learner's whole record stays the path when the state cannot be resumed: none yet, the content
 * model or the fitted parameters changed (a refit), a statement was voided, or one is older than the state's latest.
 * {@link #history} gives a planner the stored state when it reflects exactly the learner's stored statements.
 */
@ApplicationScoped
public class LearnerStates {

    /** What is stored as JSON. */
    public record Body(
            LearnerSnapshot model,
            Map<String, Progress> progress,
            Long lastActivityMillis,
            Map<String, Double> latestScores) {}

    /** One module's progress with instants as epoch milliseconds. */
    public record Progress(
            boolean completed, boolean passed, boolean satisfied, int failures, int answers, Long lastActivityMillis) {}

    /** A stored row. */
    record Stored(String fingerprint, long paramsStamp, long lastSeq, int statements, long lastStamp, Body body) {}

    /** A statement of the record with its position in the outbox. */
    record Kept(long seq, long stamp, JsonNode body) {}

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    @Inject
    ParameterStore parameters;

    @Inject
    CourseService courses;

    Clock clock = Clock.systemUTC();

    /** How many states were resumed and how many rebuilt by replay since start (for tests and diagnostics). */
    private final java.util.concurrent.atomic.AtomicLong resumed = new java.util.concurrent.atomic.AtomicLong();

    private final java.util.concurrent.atomic.AtomicLong rebuilt = new java.util.concurrent.atomic.AtomicLong();

    public long resumedCount() {
        return resumed.get();
    }

    public long rebuiltCount() {
        return rebuilt.get();
    }

    /**
     * Advances the state of each learner of {@code inserted} (and of {@code voidedLearners}) in each course where
     * they follow a pathway, in the caller's transaction {@code c}.
     */
    public void advance(Connection c, List<LearnerRecordStore.Row> inserted, Set<String> voidedLearners)
            throws SQLException {
        Map<String, List<Kept>> byLearner = new LinkedHashMap<>();
        for (LearnerRecordStore.Row r : inserted) {
            byLearner
                    .computeIfAbsent(r.learnerId(), k -> new ArrayList<>())
                    .add(new Kept(r.seq(), r.stamp(), tree(r.body())));
        }
        voidedLearners.forEach(l -> byLearner.computeIfAbsent(l, k -> new ArrayList<>()));
        if (byLearner.isEmpty()) {
            return;
        }
        Optional<ParameterStore.Fit> fit = parameters.fit();
        ModelParameters params = fit.map(ParameterStore.Fit::parameters).orElseGet(ParameterStore::defaults);
        long stamp = fit.map(f -> f.fittedAt().toEpochMilli()).orElse(0L);
        Map<CourseKey, CourseModel> models = new HashMap<>();
        for (Map.Entry<String, List<Kept>> e : byLearner.entrySet()) {
            String learner = e.getKey();
            for (CourseKey course : coursesOf(c, learner)) {
                CourseModel model = models.computeIfAbsent(course, courses::model);
                advance(c, model, params, stamp, learner, e.getValue(), voidedLearners.contains(learner));
            }
        }
    }

    private void advance(
            Connection c,
            CourseModel model,
            ModelParameters params,
            long stamp,
            String learner,
            List<Kept> fresh,
            boolean voided)
            throws SQLException {
        Stored stored = load(c, model.course().value(), learner, true).orElse(null);
        long minFresh = fresh.stream().mapToLong(Kept::stamp).min().orElse(Long.MAX_VALUE);
        boolean resumable = stored != null
                && !voided
                && stored.fingerprint().equals(model.fingerprint())
                && stored.paramsStamp() == stamp
                && minFresh >= stored.lastStamp();
        LearnerHistory history;
        long lastSeq;
        int count;
        long lastStamp;
        if (resumable) {
            List<Kept> applied =
                    fresh.stream().filter(k -> k.seq() > stored.lastSeq()).toList();
            history = resume(model, params, learner, stored.body(), applied);
            lastSeq = Math.max(
                    stored.lastSeq(),
                    applied.stream().mapToLong(Kept::seq).max().orElse(0));
            count = stored.statements() + applied.size();
            lastStamp = Math.max(
                    stored.lastStamp(),
                    applied.stream().mapToLong(Kept::stamp).max().orElse(0));
            resumed.incrementAndGet();
        } else {
            List<Kept> all = statements(c, learner);
            history = LearnerHistory.replay(
                    model.content(),
                    params,
                    learner,
                    all.stream().map(Kept::body).toList());
            lastSeq = all.stream().mapToLong(Kept::seq).max().orElse(0);
            count = all.size();
            lastStamp = all.stream().mapToLong(Kept::stamp).max().orElse(0);
            rebuilt.incrementAndGet();
        }
        save(c, model, learner, stamp, lastSeq, count, lastStamp, history);
    }

    /**
     * The learner's history from the stored state, if it reflects exactly the learner's stored statements under the
     * course's current content model and parameters; empty otherwise (the caller replays).
     */
    public Optional<LearnerHistory> history(CourseModel model, String learner) {
        return Tx.read(dataSource, c -> {
            Optional<Stored> stored = load(c, model.course().value(), learner, false);
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            Optional<ParameterStore.Fit> fit = parameters.fit();
            long stamp = fit.map(f -> f.fittedAt().toEpochMilli()).orElse(0L);
            Stored s = stored.get();
            long[] record = seqAndCount(c, learner);
            if (!s.fingerprint().equals(model.fingerprint())
                    || s.paramsStamp() != stamp
                    || s.lastSeq() != record[0]
                    || s.statements() != record[1]) {
                return Optional.empty();
            }
            ModelParameters params = fit.map(ParameterStore.Fit::parameters).orElseGet(ParameterStore::defaults);
            return Optional.of(resume(model, params, learner, s.body(), List.of()));
        });
    }

    private static LearnerHistory resume(
            CourseModel model, ModelParameters params, String learner, Body body, List<Kept> statements) {
        LearnerModel m = LearnerModel.of(params);
        m.restore(body.model());
        Map<String, ModuleProgress> modules = new HashMap<>();
        body.progress()
                .forEach((id, p) -> modules.put(
                        id,
                        new ModuleProgress(
                                p.completed(),
                                p.passed(),
                                p.satisfied(),
                                p.failures(),
                                p.answers(),
                                instant(p.lastActivityMillis()))));
        LearnerProgress progress = new LearnerProgress(learner, modules, instant(body.lastActivityMillis()));
        return LearnerHistory.resume(
                model.content(),
                m,
                progress,
                body.latestScores(),
                learner,
                statements.stream().map(Kept::body).toList());
    }

    private void save(
            Connection c,
            CourseModel model,
            String learner,
            long stamp,
            long lastSeq,
            int count,
            long lastStamp,
            LearnerHistory history)
            throws SQLException {
        Map<String, Progress> progress = new HashMap<>();
        history.progress()
                .modules()
                .forEach((id, p) -> progress.put(
                        id,
                        new Progress(
                                p.completed(),
                                p.passed(),
                                p.satisfied(),
                                p.failures(),
                                p.answers(),
                                millis(p.lastActivity()))));
        Body body = new Body(
                history.model().snapshot(learner),
                progress,
                millis(history.progress().lastActivity()),
                history.latestScores());
        String course = model.course().value();
        try (PreparedStatement ps = c.prepareStatement("REPLACE INTO lti_learner_state (course_key, learner_id,"
                + " content_fingerprint, params_stamp, last_seq, statements, last_stamp, body, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, course);
            ps.setString(2, learner);
            ps.setString(3, model.fingerprint());
            ps.setLong(4, stamp);
            ps.setLong(5, lastSeq);
            ps.setInt(6, count);
            ps.setLong(7, lastStamp);
            ps.setString(8, Json.write(body));
            ps.setLong(9, clock.millis());
            ps.executeUpdate();
        }
        Instant now = clock.instant();
        List<LearnerRecordStore.Mastery> rows = new ArrayList<>();
        for (Competency comp : model.content().framework().competencies()) {
            int evidence = history.model().evidence(learner, comp.id());
            if (evidence > 0) {
                rows.add(new LearnerRecordStore.Mastery(
                        comp.id(), history.model().masteryNow(learner, comp.id(), now), evidence));
            }
        }
        LearnerRecordStore.saveMastery(c, course, learner, rows, clock.millis());
    }

    private static Optional<Stored> load(Connection c, String course, String learner, boolean lock)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT content_fingerprint, params_stamp, last_seq,"
                + " statements, last_stamp, body FROM lti_learner_state WHERE course_key = ? AND learner_id = ?"
                + (lock ? " FOR UPDATE" : ""))) {
            ps.setString(1, course);
            ps.setString(2, learner);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Stored(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getInt(4),
                        rs.getLong(5),
                        Json.read(rs.getString(6), Body.class)));
            }
        }
    }

    private static List<CourseKey> coursesOf(Connection c, String learner) throws SQLException {
        List<CourseKey> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT p.registration_id, p.context_id FROM"
                + " lti_pathway_learner l JOIN lti_pathway p ON p.id = l.pathway_id WHERE l.learner_id = ?")) {
            ps.setString(1, learner);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CourseKey(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        out.sort(Comparator.comparing(CourseKey::value));
        return out;
    }

    private static List<Kept> statements(Connection c, String learner) throws SQLException {
        List<Kept> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT seq, stamp, body FROM lti_learner_statement WHERE learner_id = ? ORDER BY stamp, seq")) {
            ps.setString(1, learner);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Kept(rs.getLong(1), rs.getLong(2), tree(rs.getString(3))));
                }
            }
        }
        return out;
    }

    private static long[] seqAndCount(Connection c, String learner) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(seq), 0), COUNT(*) FROM lti_learner_statement WHERE learner_id = ?")) {
            ps.setString(1, learner);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    private static JsonNode tree(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored statement is not JSON: " + e.getMessage(), e);
        }
    }

    private static Long millis(Instant i) {
        return i == null ? null : i.toEpochMilli();
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
