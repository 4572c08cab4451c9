package org.pathwise.lti.core.launch;

import org.pathwise.lti.core.LaunchException;
import org.pathwise.lti.core.LaunchFailure;
import org.pathwise.lti.core.claims.ClaimNames;
import org.pathwise.lti.core.claims.LtiClaims;

/**
 * Step 9: {@code version} is 1.3.0, {@code message_type} is one we accept, the claims every message requires
 * ({@code sub}, {@code roles}, {@code target_link_uri}) are present, then the message type's own validator.
 */
final class MessageCheck {
    private MessageCheck() {}

    static MessageType check(LtiClaims claims) {
        String version = claims.reader().requiredString(ClaimNames.VERSION);
        if (!ClaimNames.LTI_VERSION.equals(version)) {
            throw new LaunchException(LaunchFailure.WRONG_VERSION, "LTI version " + version + ", expected 1.3.0");
        }
        String typeClaim = claims.reader().requiredString(ClaimNames.MESSAGE_TYPE);
        MessageType type = MessageType.fromClaim(typeClaim)
                .orElseThrow(() -> new LaunchException(
                        LaunchFailure.UNSUPPORTED_MESSAGE_TYPE, "message_type " + typeClaim + " is not supported"));
        claims.user();
        claims.roles();
        claims.targetLinkUri();
        MessageValidator.of(type).validate(claims);
        return type;
    }
}
