package org.pathwise.scorm.runtime;

import java.math.BigDecimal;

/**
 * The LMS's reading of a SCO's state after its rules are applied.
 *
 * @param completion completed, incomplete, not attempted or unknown
 * @param success passed, failed or unknown
 * @param score the score as reported (null parts not reported) with {@code scaled} derived for SCORM 1.2
 */
public record Judgement(Completion completion, Success success, Score score) {

    /** Completion status in the SCORM 2004 vocabulary (SCORM 1.2 lesson_status is mapped onto it). */
    public enum Completion {
        COMPLETED,
        INCOMPLETE,
        NOT_ATTEMPTED,
        UNKNOWN
    }

    /** Success status. */
    public enum Success {
        PASSED,
        FAILED,
        UNKNOWN
    }

    /**
     * A score; every part may be null.
     *
     * @param scaled -1..1
     */
    public record Score(BigDecimal raw, BigDecimal min, BigDecimal max, BigDecimal scaled) {
        public static final Score NONE = new Score(null, null, null, null);

        public boolean isKnown() {
            return raw != null || scaled != null;
        }
    }

    public static final Judgement NOTHING = new Judgement(Completion.NOT_ATTEMPTED, Success.UNKNOWN, Score.NONE);
}
