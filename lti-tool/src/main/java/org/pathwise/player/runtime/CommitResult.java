package org.pathwise.player.runtime;

/** The answer scorm-again expects from the LMS: {@code {"result": true, "errorCode": 0}}. */
public record CommitResult(boolean result, int errorCode) {

    public static final CommitResult OK = new CommitResult(true, 0);
}
