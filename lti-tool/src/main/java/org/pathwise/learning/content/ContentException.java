package org.pathwise.learning.content;

/** Failure to build or read the content model, carrying a kind so callers can map it (e.g. to HTTP 400). */
public final class ContentException extends RuntimeException {

    /** What went wrong. */
    public enum Kind {
        /** A framework file (CASE JSON or CSV) could not be read. */
        UNREADABLE_FRAMEWORK,
        /** An id refers to a competency, module or item bank that does not exist. */
        UNKNOWN_REFERENCE,
        /** The same id is defined twice. */
        DUPLICATE_ID,
        /** Prerequisites or the competency hierarchy form a cycle; the message names it. */
        CYCLE,
        /** A value is outside its domain. */
        INVALID_VALUE
    }

    private final Kind kind;

    public ContentException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static ContentException unknown(String what, String id) {
        return new ContentException(Kind.UNKNOWN_REFERENCE, "unknown " + what + " '" + id + "'");
    }

    static ContentException invalid(String message) {
        return new ContentException(Kind.INVALID_VALUE, message);
    }
}
