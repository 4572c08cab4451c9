package org.pathwise.lti.core.registration;

/** A Dynamic Registration step failed; the message is meant for the administrator who is registering the tool. */
public final class RegistrationException extends RuntimeException {
    /** What went wrong. */
    public enum Kind {
        INVALID_CONFIGURATION,
        ISSUER_MISMATCH,
        PLATFORM_REFUSED,
        INVALID_RESPONSE
    }

    private final Kind kind;

    public RegistrationException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
