package org.pathwise.lti.core.launch;

import org.pathwise.lti.core.LaunchException;
import org.pathwise.lti.core.LaunchFailure;
import org.pathwise.lti.core.claims.ClaimNames;
import org.pathwise.lti.core.registration.PlatformRegistration;

/** Step 8: the deployment id is at most 255 characters and known for the registration (or accepted by policy). */
final class DeploymentCheck {
    private static final int MAX_LENGTH = 255;

    private DeploymentCheck() {}

    /** True when the deployment is new and the registration accepts new deployments. */
    static boolean isNew(String deploymentId, PlatformRegistration registration) {
        if (deploymentId.length() > MAX_LENGTH) {
            throw LaunchException.invalidClaim(ClaimNames.DEPLOYMENT_ID, "longer than " + MAX_LENGTH + " characters");
        }
        if (registration.knowsDeployment(deploymentId)) {
            return false;
        }
        if (registration.acceptNewDeployments()) {
            return true;
        }
        throw new LaunchException(
                LaunchFailure.UNKNOWN_DEPLOYMENT,
                "deployment_id " + deploymentId + " is not known for issuer " + registration.issuer() + " client_id "
                        + registration.clientId());
    }
}
