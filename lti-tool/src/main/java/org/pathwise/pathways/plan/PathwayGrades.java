package org.pathwise.pathways.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.logging.Logger;
import org.pathwise.learning.content.ContentModel;
import org.pathwise.learning.content.ModuleKind;
import org.pathwise.lti.core.services.Score;
import org.pathwise.lti.grades.GradePublisher;
import org.pathwise.pathways.content.PathwayLearners;
import org.pathwise.pathways.content.PathwayRecord;

/**
 * The value a pathway sends to the LMS gradebook for a learner, as the instructor chose ({@link
 * PathwayRecord.GradeMode}), queued through {@link GradePublisher} when it differs from the last value queued.
 */
@ApplicationScoped
public class PathwayGrades {

    private static final Logger LOG = Logger.getLogger(PathwayGrades.class.getName());
    static final double MAXIMUM = 100;

    @Inject
    GradePublisher publisher;

    @Inject
    PathwayLearners learners;

    @Inject
    Planner planner;

    /** Queues the learner's grade if the pathway sends grades, the launch gave a line item and the value changed. */
    public boolean publishIfChanged(PathwayLearners.Learner row, Planner.Result r) {
        PathwayRecord.GradeMode mode = r.pathway().gradeMode();
        if (mode == PathwayRecord.GradeMode.NONE || row.lineItemUrl() == null || row.userSub() == null) {
            return false;
        }
        OptionalDouble value = value(mode, r);
        if (value.isEmpty()) {
            return false;
        }
        double v = Math.round(value.getAsDouble() * 10000) / 10000.0;
        if (row.lastGrade() != null && Math.abs(row.lastGrade() - v) < 1e-9) {
            return false;
        }
        if (!learners.gradeChanged(row.pathwayId(), row.learnerId(), row.lastGrade(), v)) {
            return false;
        }
        boolean complete = r.plan().isComplete();
        // Always FullyGraded: the value is the learner's grade as it stands (it is sent again when it changes).
        // Moodle drops scoreGiven unless gradingProgress is FullyGraded (gradebookservices scores.php), so a
        // "Pending" partial grade left the gradebook empty until the pathway was finished (seen on Moodle 4.1).
        publisher.publish(
                row.platformId(),
                row.lineItemUrl(),
                row.userSub(),
                v * MAXIMUM,
                MAXIMUM,
                complete ? Score.ActivityProgress.Completed : Score.ActivityProgress.InProgress,
                Score.GradingProgress.FullyGraded);
        LOG.fine(() -> "grade " + v + " (" + mode + ") queued for pathway " + row.pathwayId());
        return true;
    }

    /** The grade from 0 to 1, or empty when there is nothing to grade (score mode without assessments). */
    OptionalDouble value(PathwayRecord.GradeMode mode, Planner.Result r) {
        return switch (mode) {
            case NONE -> OptionalDouble.empty();
            case COMPLETION ->
                OptionalDouble.of(planner.view(r, Locale.ENGLISH, false).completion());
            case MASTERY ->
                planner.mastery(r, r.model().pathway(r.pathway().id())).stream()
                        .mapToDouble(m -> m.mastery())
                        .average();
            case SCORE -> score(r);
        };
    }

    private static OptionalDouble score(Planner.Result r) {
        ContentModel content = r.model().content();
        List<String> assessments = r.model().pathway(r.pathway().id()).steps().stream()
                .filter(s -> content.module(s)
                        .map(m -> m.kind() == ModuleKind.ASSESSMENT || m.kind() == ModuleKind.PRE_TEST)
                        .orElse(false))
                .toList();
        if (assessments.isEmpty()) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (String a : assessments) {
            sum += r.history().latestScore(a).orElse(0.0);
        }
        return OptionalDouble.of(sum / assessments.size());
    }
}
