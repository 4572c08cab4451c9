package org.pathwise.lti.core.launch;

import java.util.Optional;
import org.pathwise.lti.core.claims.LtiClaims;
import org.pathwise.lti.core.login.PendingLogin;
import org.pathwise.lti.core.registration.PlatformRegistration;

/** Builds the {@link Launch} from claims that passed every check. */
final class LaunchAssembler {
    private LaunchAssembler() {}

    static Launch assemble(
            MessageType type,
            PlatformRegistration registration,
            String deploymentId,
            boolean newDeployment,
            LtiClaims claims,
            AuthenticationResponse response,
            PendingLogin login) {
        return new Launch(
                type,
                registration,
                deploymentId,
                newDeployment,
                claims.user(),
                claims.roles(),
                claims.context(),
                claims.resourceLink(),
                claims.custom(),
                claims.ags(),
                claims.nrps(),
                type == MessageType.DEEP_LINKING ? Optional.of(claims.requiredDeepLinkingSettings()) : Optional.empty(),
                claims.presentation(),
                claims.platform(),
                response.storageTarget().or(login::storageTarget),
                claims.targetLinkUri(),
                claims.forUserId(),
                claims.reader().raw());
    }
}
