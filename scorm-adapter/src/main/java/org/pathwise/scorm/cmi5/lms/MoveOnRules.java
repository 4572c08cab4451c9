package org.pathwise.scorm.cmi5.lms;

import org.pathwise.scorm.cmi5.MoveOn;

/** Whether an AU has met its moveOn criterion (cmi5 §13.1.4 moveOn; a waived AU has met it, §9.3.9). */
public final class MoveOnRules {

    private MoveOnRules() {}

    public static boolean met(MoveOn moveOn, AuStatus status) {
        if (status.waived()) {
            return true;
        }
        return switch (moveOn) {
            case NOT_APPLICABLE -> true;
            case COMPLETED -> status.completed();
            case PASSED -> status.passed();
            case COMPLETED_AND_PASSED -> status.completed() && status.passed();
            case COMPLETED_OR_PASSED -> status.completed() || status.passed();
        };
    }
}
