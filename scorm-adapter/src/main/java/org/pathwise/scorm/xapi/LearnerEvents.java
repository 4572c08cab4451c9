package org.pathwise.scorm.xapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pathwise.scorm.runtime.CmiData;
import org.pathwise.scorm.runtime.ScormVersion;

/**
 * The Profile's statements for learner comments, progress and objectives (xAPI SCORM Profile §6 "Comments From
 * Learner", "Progress Measure", "Objectives"), found by comparing a commit with the state stored before it.
 */
final class LearnerEvents {

    private LearnerEvents() {}

    /**
     * SCORM 2004: each {@code cmi.comments_from_learner.n} that is new or whose text changed; SCORM 1.2: a changed
     * {@code cmi.comments} (when the SCO appended to the stored text, only what it appended). The comment is the
     * result's {@code response}; a 2004 comment's own timestamp is the statement's timestamp when it parses.
     */
    static List<ObjectNode> commented(StatementContext ctx, CommitChange change) {
        List<ObjectNode> out = new ArrayList<>();
        CmiData before = change.before();
        CmiData after = change.after();
        if (change.version() == ScormVersion.SCORM_12) {
            Optional<String> now = after.get("cmi.comments");
            String was = before.getOrEmpty("cmi.comments");
            if (now.isPresent() && !now.get().equals(was)) {
                String text = !was.isEmpty() && now.get().startsWith(was)
                        ? now.get().substring(was.length()).strip()
                        : now.get();
                if (!text.isBlank()) {
                    out.add(comment(ctx, text, "comment"));
                }
            }
            return out;
        }
        int count = after.count("cmi.comments_from_learner");
        for (int n = 0; n < count; n++) {
            String row = "cmi.comments_from_learner." + n + ".";
            Optional<String> text = after.get(row + "comment");
            if (text.isPresent() && !text.equals(before.get(row + "comment"))) {
                ObjectNode s = comment(ctx, text.get(), "comment-" + n);
                after.get(row + "timestamp").flatMap(LearnerEvents::instant).ifPresent(t -> s.put("timestamp", t));
                out.add(s);
            }
        }
        return out;
    }

    /** SCORM 2004: a changed {@code cmi.progress_measure} as {@code progressed}, the measure as the scaled score. */
    static List<ObjectNode> progressed(StatementContext ctx, CommitChange change) {
        if (change.version() != ScormVersion.SCORM_2004) {
            return List.of();
        }
        Optional<BigDecimal> now = change.after().decimal("cmi.progress_measure");
        Optional<BigDecimal> was = change.before().decimal("cmi.progress_measure");
        if (now.isEmpty()
                || now.get().signum() < 0
                || now.get().compareTo(BigDecimal.ONE) > 0
                || was.isPresent() && was.get().compareTo(now.get()) == 0) {
            return List.of();
        }
        ObjectNode s = StatementJson.statement(ctx, ScormVerb.PROGRESSED, StatementJson.sco(ctx.activities()), "");
        s.putObject("result").putObject("score").put("scaled", now.get());
        return List.of(s);
    }

    /**
     * Objectives ({@code cmi.objectives.n}) whose success reached passed/failed, whose completion reached completed
     * (2004; 1.2 has one {@code status}), or whose scaled/raw score changed: statements about
     * {@code <scoIRI>/objectives/<id>}, the SCO as parent.
     */
    static List<ObjectNode> objectives(StatementContext ctx, CommitChange change) {
        List<ObjectNode> out = new ArrayList<>();
        CmiData before = change.before();
        CmiData after = change.after();
        boolean v12 = change.version() == ScormVersion.SCORM_12;
        int count = after.count("cmi.objectives");
        for (int n = 0; n < count; n++) {
            String row = "cmi.objectives." + n + ".";
            Optional<String> id = after.get(row + "id");
            if (id.isEmpty()) {
                continue;
            }
            boolean sameRow = id.equals(before.get(row + "id"));
            ObjectNode object =
                    StatementJson.activity(ctx.activities().objectiveIri(id.get()), null, StatementJson.TYPE_OBJECTIVE);
            after.get(row + "description").ifPresent(d -> ((ObjectNode) object.get("definition"))
                    .putObject("description")
                    .put("en-US", d));
            String part = "objective-" + n;
            Optional<ObjectNode> score = score(after, row, v12);
            if (score.isPresent() && !(sameRow && Objects.equals(score, score(before, row, v12)))) {
                ObjectNode s = StatementJson.statement(ctx, ScormVerb.SCORED, object.deepCopy(), part);
                s.putObject("result").set("score", score.get());
                out.add(s);
            }
            String success = after.getOrEmpty(row + (v12 ? "status" : "success_status"));
            String completion = after.getOrEmpty(row + (v12 ? "status" : "completion_status"));
            String successBefore = sameRow ? before.getOrEmpty(row + (v12 ? "status" : "success_status")) : "";
            String completionBefore = sameRow ? before.getOrEmpty(row + (v12 ? "status" : "completion_status")) : "";
            boolean completedNow = "completed".equals(completion)
                    || v12 && ("passed".equals(completion) || "failed".equals(completion));
            boolean completedBefore = "completed".equals(completionBefore)
                    || v12 && ("passed".equals(completionBefore) || "failed".equals(completionBefore));
            if (completedNow && !completedBefore) {
                ObjectNode s = StatementJson.statement(ctx, ScormVerb.COMPLETED, object.deepCopy(), part);
                s.putObject("result").put("completion", true);
                out.add(s);
            }
            if (("passed".equals(success) || "failed".equals(success)) && !success.equals(successBefore)) {
                boolean passed = "passed".equals(success);
                ObjectNode s = StatementJson.statement(
                        ctx, passed ? ScormVerb.PASSED : ScormVerb.FAILED, object.deepCopy(), part);
                ObjectNode result = s.putObject("result").put("success", passed);
                score.ifPresent(sc -> result.set("score", sc));
                out.add(s);
            }
        }
        return out;
    }

    private static Optional<ObjectNode> score(CmiData cmi, String row, boolean v12) {
        Optional<BigDecimal> scaled = v12 ? Optional.empty() : cmi.decimal(row + "score.scaled");
        Optional<BigDecimal> raw = cmi.decimal(row + "score.raw");
        if (scaled.isEmpty() && raw.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode o = StatementJson.object();
        scaled.filter(s -> s.abs().compareTo(BigDecimal.ONE) <= 0).ifPresent(s -> o.put("scaled", s));
        raw.ifPresent(r -> o.put("raw", r));
        Optional<BigDecimal> min = cmi.decimal(row + "score.min");
        Optional<BigDecimal> max = cmi.decimal(row + "score.max");
        if (raw.isPresent()
                && min.isPresent()
                && max.isPresent()
                && min.get().compareTo(raw.get()) <= 0
                && raw.get().compareTo(max.get()) <= 0) {
            o.put("min", min.get()).put("max", max.get());
        }
        return o.isEmpty() ? Optional.empty() : Optional.of(o);
    }

    private static ObjectNode comment(StatementContext ctx, String text, String part) {
        ObjectNode s = StatementJson.statement(ctx, ScormVerb.COMMENTED, StatementJson.sco(ctx.activities()), part);
        s.putObject("result").put("response", text);
        return s;
    }

    private static Optional<String> instant(String scormTime) {
        try {
            return Optional.of(
                    java.time.OffsetDateTime.parse(scormTime).toInstant().toString());
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
