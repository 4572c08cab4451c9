package org.pathwise.lti.core;

import java.util.Optional;

/**
 * A refused login or launch. {@link #learnerMessage()} is safe to show in the browser; {@link #adminMessage()} is
 * precise, contains no token and no personal data, and is meant for the log.
 */
public final class LaunchException extends RuntimeException {
    private final LaunchFailure kind;
    private final String claim;

    public LaunchException(LaunchFailure kind, String adminMessage) {
        this(kind, null, adminMessage, null);
    }

    public LaunchException(LaunchFailure kind, String adminMessage, Throwable cause) {
        this(kind, null, adminMessage, cause);
    }

    private LaunchException(LaunchFailure kind, String claim, String adminMessage, Throwable cause) {
        super(kind + ": " + adminMessage, cause);
        this.kind = kind;
        this.claim = claim;
    }

    /** A required claim (or a member of one, as {@code claim.member}) is absent. */
    public static LaunchException missingClaim(String claim) {
        return new LaunchException(LaunchFailure.MISSING_CLAIM, claim, "required claim missing: " + claim, null);
    }

    /** A claim is present but its value is not acceptable. */
    public static LaunchException invalidClaim(String claim, String problem) {
        return new LaunchException(LaunchFailure.INVALID_CLAIM, claim, "claim " + claim + ": " + problem, null);
    }

    public LaunchFailure kind() {
        return kind;
    }

    /** The claim at fault, for MISSING_CLAIM and INVALID_CLAIM. */
    public Optional<String> claim() {
        return Optional.ofNullable(claim);
    }

    public String learnerMessage() {
        return kind.learnerMessage();
    }

    public String adminMessage() {
        return getMessage();
    }
}
