package org.pathwise.learning.content;

/**
 * When a module counts as done (cmi5 moveOn, section 13.1.4 of the cmi5 specification). SCORM modules use
 * {@link #COMPLETED_OR_PASSED} unless told otherwise.
 */
public enum MoveOn {
    PASSED("Passed"),
    COMPLETED("Completed"),
    COMPLETED_AND_PASSED("CompletedAndPassed"),
    COMPLETED_OR_PASSED("CompletedOrPassed"),
    /** Done without being launched (cmi5: the LMS marks the AU satisfied at once). */
    NOT_APPLICABLE("NotApplicable");

    private final String cmi5Name;

    MoveOn(String cmi5Name) {
        this.cmi5Name = cmi5Name;
    }

    /** The value as written in cmi5.xml. */
    public String cmi5Name() {
        return cmi5Name;
    }

    /** The value of a cmi5.xml {@code moveOn} attribute. */
    public static MoveOn fromCmi5(String value) {
        for (MoveOn m : values()) {
            if (m.cmi5Name.equals(value)) {
                return m;
            }
        }
        throw ContentException.invalid("unknown cmi5 moveOn '" + value + "'");
    }

    /** Whether a module with this criterion is done given what the learner achieved. */
    public boolean isMet(boolean completed, boolean passed) {
        return switch (this) {
            case PASSED -> passed;
            case COMPLETED -> completed;
            case COMPLETED_AND_PASSED -> completed && passed;
            case COMPLETED_OR_PASSED -> completed || passed;
            case NOT_APPLICABLE -> true;
        };
    }
}
