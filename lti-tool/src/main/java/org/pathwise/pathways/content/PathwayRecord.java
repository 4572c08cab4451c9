package org.pathwise.pathways.content;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pathwise.tool.platform.ApiException;

/**
 * A stored pathway. Steps and overrides name units of the content library.
 *
 * @param id the pathway id (UUID)
 * @param course the course it belongs to
 * @param title shown to learners
 * @param role who it is for (e.g. {@code new-hire}, {@code experienced})
 * @param steps unit ids, in the designer's order
 * @param overrides the instructor's pins, skips, order and per-learner choices
 * @param gradeMode what goes to the LMS gradebook
 * @param dueAt when learners should be done, or null
 */
public record PathwayRecord(
        String id,
        CourseKey course,
        String title,
        String role,
        List<String> steps,
        Overrides overrides,
        GradeMode gradeMode,
        Instant dueAt) {

    public PathwayRecord {
        steps = List.copyOf(steps);
        overrides = overrides == null ? Overrides.NONE : overrides;
        gradeMode = gradeMode == null ? GradeMode.NONE : gradeMode;
    }

    public PathwayRecord withOverrides(Overrides o) {
        return new PathwayRecord(id, course, title, role, steps, o, gradeMode, dueAt);
    }

    /** What the LMS gradebook receives for a learner of the pathway (AGS). */
    public enum GradeMode {
        /** Nothing is sent. */
        NONE,
        /** Share of the pathway's steps done or rightly skipped, 0 to 100. */
        COMPLETION,
        /** Mean scaled score of the pathway's assessments (an unattempted one counts 0), 0 to 100. */
        SCORE,
        /** Mean probability of mastery of the pathway's competencies, 0 to 100. */
        MASTERY;

        public static GradeMode parse(String value) {
            if (value == null || value.isBlank()) {
                return NONE;
            }
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ApiException(
                        ApiException.Kind.BAD_REQUEST,
                        "gradeMode: must be one of none, completion, score, mastery (was '" + value + "')");
            }
        }
    }

    /**
     * Instructor overrides by unit id (see {@link org.pathwise.learning.content.PathwayOverrides}).
     *
     * @param pins unit id to 1-based position in the remaining sequence
     * @param skips units no learner is sent to
     * @param order units taken first, in this order
     * @param nextForLearner learner id to the unit they must do next
     */
    public record Overrides(
            Map<String, Integer> pins, List<String> skips, List<String> order, Map<String, String> nextForLearner) {
        public static final Overrides NONE = new Overrides(Map.of(), List.of(), List.of(), Map.of());

        public Overrides {
            pins = pins == null ? Map.of() : Map.copyOf(pins);
            skips = skips == null ? List.of() : List.copyOf(skips);
            order = order == null ? List.of() : List.copyOf(order);
            nextForLearner = nextForLearner == null ? Map.of() : Map.copyOf(nextForLearner);
        }
    }
}
