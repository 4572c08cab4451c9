package org.pathwise.lti.platforms;

import java.util.List;
import java.util.Optional;

/**
 * What an admin (or Dynamic Registration) gives to create or replace a registration.
 *
 * @param deploymentIds deployment ids to add (existing ones are kept on update)
 */
public record PlatformSpec(
        String issuer,
        String clientId,
        String name,
        String authUrl,
        String tokenUrl,
        String jwksUrl,
        Optional<String> tokenAudience,
        boolean acceptNewDeployments,
        List<String> deploymentIds) {

    public PlatformSpec {
        tokenAudience = tokenAudience == null ? Optional.empty() : tokenAudience.filter(s -> !s.isBlank());
        deploymentIds = deploymentIds == null ? List.of() : List.copyOf(deploymentIds);
    }
}
