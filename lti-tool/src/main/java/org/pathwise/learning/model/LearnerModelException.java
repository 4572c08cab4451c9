package org.pathwise.learning.model;

/** Failure of the learner model, carrying a kind so callers can map it (e.g. to HTTP 400 or 500). */
public final class LearnerModelException extends RuntimeException {

    /** What went wrong. */
    public enum Kind {
        /** An observation or parameter is outside its domain. */
        INVALID_INPUT,
        /** Recorded data could not be read. */
        UNREADABLE_DATA,
        /** A fit did not produce usable parameters. */
        FIT_FAILED
    }

    private final Kind kind;

    public LearnerModelException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static LearnerModelException invalid(String message) {
        return new LearnerModelException(Kind.INVALID_INPUT, message);
    }
}
