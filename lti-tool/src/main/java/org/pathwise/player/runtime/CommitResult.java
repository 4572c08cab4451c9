package org.pathwise.player.runtime;

/**
 * The answer scorm-again expects from the LMS: {@code {"result": true, "errorCode": 0}}; for the current SCO of a
 * sequenced package also whether the sequencer would now accept continue/previous (the player page enables its
 * Next/Previous buttons from it; null otherwise, left out of the JSON).
 */
public record CommitResult(boolean result, int errorCode, Navigation navigation) {

    /** What the sequencer would accept after this commit. */
    public record Navigation(boolean continueValid, boolean previousValid) {}

    public static final CommitResult OK = new CommitResult(true, 0, null);
}
