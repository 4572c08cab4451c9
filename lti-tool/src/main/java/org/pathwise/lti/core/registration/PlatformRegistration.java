package org.pathwise.lti.core.registration;

import java.util.Optional;
import java.util.Set;

/**
 * One platform registration of the tool: the platform's issuer and the client id it gave us, its endpoints, and the
 * deployment ids known for it. {@code acceptNewDeployments} lets a launch from a new deployment id succeed (Canvas
 * creates one per install); the launch then says so, and the container records it. {@code tokenAudience} overrides the
 * {@code aud} of client assertions where a platform expects something other than its token URL.
 */
public record PlatformRegistration(
        String issuer,
        String clientId,
        String authorizationEndpoint,
        String tokenEndpoint,
        String jwksUri,
        Set<String> deploymentIds,
        boolean acceptNewDeployments,
        Optional<String> tokenAudience) {
    public PlatformRegistration {
        deploymentIds = Set.copyOf(deploymentIds);
    }

    public boolean knowsDeployment(String deploymentId) {
        return deploymentIds.contains(deploymentId);
    }

    /** The audience of the client assertion sent to the token endpoint. */
    public String assertionAudience() {
        return tokenAudience.orElse(tokenEndpoint);
    }
}
