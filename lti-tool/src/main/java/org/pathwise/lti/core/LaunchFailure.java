package org.pathwise.lti.core;

/**
 * Why a login or launch was refused. Each kind carries the HTTP status the web layer answers with and a message a
 * learner can read; the precise reason for the administrator travels in {@link LaunchException#adminMessage()}.
 */
public enum LaunchFailure {
    MISSING_PARAMETER(400, "The launch request from your learning platform was incomplete."),
    UNKNOWN_REGISTRATION(400, "This learning platform is not registered with Pathwise. Please ask your administrator."),
    TARGET_NOT_ALLOWED(400, "The launch asked for an address outside Pathwise."),
    PLATFORM_ERROR(400, "Your learning platform could not complete the launch. Please go back and try again."),
    MISSING_STATE(400, "Your browser did not keep the launch session. Try opening the activity in a new window."),
    INVALID_STATE(400, "This launch has expired or was already used. Please go back and launch the activity again."),
    MALFORMED_JWT(400, "The launch message from your learning platform could not be read."),
    WRONG_ALGORITHM(401, "The launch message was not signed in an accepted way."),
    MISSING_KID(401, "The launch message was not signed in an accepted way."),
    UNKNOWN_KID(401, "The launch message was signed with a key Pathwise does not know."),
    JWKS_UNAVAILABLE(503, "Pathwise could not reach your learning platform to check the launch. Please try again."),
    BAD_SIGNATURE(401, "The launch message signature is not valid."),
    WRONG_ISSUER(401, "The launch came from a different platform than the one that started it."),
    WRONG_AUDIENCE(401, "The launch message was meant for another tool."),
    MISSING_AZP(401, "The launch message was meant for several tools and did not say which one."),
    WRONG_AZP(401, "The launch message was meant for another tool."),
    EXPIRED(401, "This launch has expired. Please go back and launch the activity again."),
    ISSUED_IN_FUTURE(401, "The launch message is dated in the future; a clock may be wrong."),
    NONCE_MISMATCH(401, "This launch does not belong to the login that started it. Please launch again."),
    NONCE_REPLAYED(401, "This launch was already used. Please go back and launch the activity again."),
    UNKNOWN_DEPLOYMENT(
            403, "This installation of Pathwise is not enabled on your platform. Please ask your administrator."),
    MISSING_CLAIM(400, "The launch message is missing information Pathwise needs."),
    INVALID_CLAIM(400, "The launch message contains information Pathwise cannot accept."),
    WRONG_VERSION(400, "The launch does not use LTI 1.3."),
    UNSUPPORTED_MESSAGE_TYPE(400, "Pathwise does not support this kind of launch.");

    private final int httpStatus;
    private final String learnerMessage;

    LaunchFailure(int httpStatus, String learnerMessage) {
        this.httpStatus = httpStatus;
        this.learnerMessage = learnerMessage;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String learnerMessage() {
        return learnerMessage;
    }
}
