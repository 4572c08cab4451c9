package org.pathwise.scorm.sequencing;

/**
 * What the sequencer decided for a navigation request.
 *
 * @param activityId the leaf to deliver (DELIVER), else the current activity or null
 * @param reason why a request was refused, or what ended the session; null otherwise
 */
public record Outcome(Kind kind, String activityId, String reason) {

    /** The kinds of decisions. */
    public enum Kind {
        /** Launch {@code activityId}. */
        DELIVER,
        /** The sequencing session ended (exitAll, end of the course, or a post-condition). */
        END,
        /** The session is suspended and resumes at the current activity. */
        SUSPENDED,
        /** Nothing to deliver; the learner picks the next activity. */
        NONE,
        /** The request is not allowed; the state is unchanged. */
        REFUSED
    }

    static Outcome deliver(Activity a) {
        return new Outcome(Kind.DELIVER, a.id(), null);
    }

    static Outcome refused(String reason) {
        return new Outcome(Kind.REFUSED, null, reason);
    }

    public boolean delivers() {
        return kind == Kind.DELIVER;
    }
}
