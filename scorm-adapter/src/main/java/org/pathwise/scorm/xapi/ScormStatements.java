package org.pathwise.scorm.xapi;

import static org.pathwise.scorm.xapi.StatementJson.result;
import static org.pathwise.scorm.xapi.StatementJson.sco;
import static org.pathwise.scorm.xapi.StatementJson.statement;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pathwise.scorm.runtime.AttemptRules;
import org.pathwise.scorm.runtime.Judgement;
import org.pathwise.scorm.runtime.Judgement.Completion;
import org.pathwise.scorm.runtime.Judgement.Success;

/**
 * The xAPI SCORM Profile mapping of run-time events (ADL, "Experience API SCORM Profile" §5–6): Initialize →
 * {@code initialized} (or {@code resumed} when {@code cmi.entry=resume}); per commit, new interaction responses →
 * {@code responded}, a changed score → {@code scored}, reaching completed / passed / failed → {@code completed},
 * {@code passed}, {@code failed}; a new learner comment → {@code commented} (result.response = the comment); a
 * changed {@code cmi.progress_measure} → {@code progressed} (result.score.scaled = the measure, as the Profile's
 * example does); an objective reaching passed / failed / completed or a changed objective score →
 * {@code passed}, {@code failed}, {@code completed}, {@code scored} about {@code <scoIRI>/objectives/<id>} with the
 * SCO as parent; Finish/Terminate → {@code suspended} when {@code exit=suspend}, else
 * {@code terminated} with the SCO's overall result.
 */
public final class ScormStatements {

    private ScormStatements() {}

    /** The statement for the SCO's Initialize call. */
    public static List<ObjectNode> initialized(StatementContext ctx, String entry) {
        ScormVerb verb = AttemptRules.RESUME.equals(entry) ? ScormVerb.RESUMED : ScormVerb.INITIALIZED;
        return List.of(statement(ctx, verb, sco(ctx.activities()), ""));
    }

    /** The statements one commit implies, in the order the events happened. */
    public static List<ObjectNode> committed(StatementContext ctx, CommitChange change) {
        List<ObjectNode> out = new ArrayList<>(Interactions.responded(ctx, change));
        out.addAll(LearnerEvents.commented(ctx, change));
        out.addAll(LearnerEvents.progressed(ctx, change));
        out.addAll(LearnerEvents.objectives(ctx, change));
        Judgement before = change.judgedBefore();
        Judgement after = change.judgedAfter();
        if (after.score().isKnown() && !Objects.equals(before.score(), after.score())) {
            ObjectNode s = statement(ctx, ScormVerb.SCORED, sco(ctx.activities()), "");
            s.putObject("result").set("score", StatementJson.score(after.score()));
            out.add(s);
        }
        if (after.completion() == Completion.COMPLETED && before.completion() != Completion.COMPLETED) {
            out.add(withResult(statement(ctx, ScormVerb.COMPLETED, sco(ctx.activities()), ""), after));
        }
        if (after.success() != Success.UNKNOWN && after.success() != before.success()) {
            ScormVerb verb = after.success() == Success.PASSED ? ScormVerb.PASSED : ScormVerb.FAILED;
            out.add(withResult(statement(ctx, verb, sco(ctx.activities()), ""), after));
        }
        if (change.terminated()) {
            String exit = change.after().getOrEmpty(change.version().exit());
            ScormVerb verb = AttemptRules.SUSPEND.equals(exit) ? ScormVerb.SUSPENDED : ScormVerb.TERMINATED;
            ObjectNode s = statement(ctx, verb, sco(ctx.activities()), "");
            s.set("result", result(after, change.sessionTime()));
            out.add(s);
        }
        return out;
    }

    /**
     * The course-level statements of a sequenced package whose rolled-up status changed: {@code completed},
     * {@code passed} or {@code failed} about the course activity, with the rolled-up result.
     */
    public static List<ObjectNode> courseRolledUp(StatementContext ctx, Judgement before, Judgement after) {
        List<ObjectNode> out = new ArrayList<>();
        if (after.completion() == Completion.COMPLETED && before.completion() != Completion.COMPLETED) {
            out.add(aboutCourse(ctx, ScormVerb.COMPLETED, after));
        }
        if (after.success() != Success.UNKNOWN && after.success() != before.success()) {
            out.add(aboutCourse(ctx, after.success() == Success.PASSED ? ScormVerb.PASSED : ScormVerb.FAILED, after));
        }
        return out;
    }

    private static ObjectNode aboutCourse(StatementContext ctx, ScormVerb verb, Judgement judged) {
        ScormActivities a = ctx.activities();
        ObjectNode s = statement(
                ctx, verb, StatementJson.activity(a.courseIri(), a.courseTitle(), StatementJson.TYPE_COURSE), "course");
        ((ObjectNode) s.path("context").path("contextActivities")).remove("parent");
        return withResult(s, judged);
    }

    private static ObjectNode withResult(ObjectNode statement, Judgement judged) {
        statement.set("result", result(judged, null));
        return statement;
    }
}
