package org.pathwise.lti.core.launch;

import org.pathwise.lti.core.LaunchException;
import org.pathwise.lti.core.claims.ClaimNames;
import org.pathwise.lti.core.claims.DeepLinkingSettings;
import org.pathwise.lti.core.claims.LtiClaims;

/** Step 9: the claims one message type requires, beyond those every message requires. */
interface MessageValidator {
    void validate(LtiClaims claims);

    static MessageValidator of(MessageType type) {
        return switch (type) {
            case RESOURCE_LINK -> LtiClaims::requiredResourceLink;
            case DEEP_LINKING -> MessageValidator::deepLinking;
            case SUBMISSION_REVIEW -> MessageValidator::submissionReview;
        };
    }

    /** Deep Linking 2.0 §4.4: the settings claim, and it must let us return an ltiResourceLink. */
    private static void deepLinking(LtiClaims claims) {
        DeepLinkingSettings settings = claims.requiredDeepLinkingSettings();
        if (!settings.accepts("ltiResourceLink")) {
            throw LaunchException.invalidClaim(
                    ClaimNames.DEEP_LINKING_SETTINGS + ".accept_types",
                    "does not accept ltiResourceLink: " + settings.acceptTypes());
        }
    }

    /** Submission Review 1.0: the resource link, the user whose submission it is, and the AGS endpoint. */
    private static void submissionReview(LtiClaims claims) {
        claims.requiredResourceLink();
        claims.reader().requiredObject(ClaimNames.FOR_USER).requiredString("user_id");
        claims.ags().orElseThrow(() -> claims.reader().missing(ClaimNames.AGS_ENDPOINT));
    }
}
