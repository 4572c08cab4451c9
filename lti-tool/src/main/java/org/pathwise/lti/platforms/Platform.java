package org.pathwise.lti.platforms;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pathwise.lti.core.registration.PlatformRegistration;

/**
 * A stored platform registration, with what the admin page shows: when it last launched and its last error.
 *
 * @param id the registration's number in Pathwise (sessions and queued scores refer to it)
 * @param name what the admin calls the platform (e.g. "Moodle 4.3 at lms.example.edu")
 */
public record Platform(
        long id,
        String issuer,
        String clientId,
        String name,
        String authUrl,
        String tokenUrl,
        String jwksUrl,
        Optional<String> tokenAudience,
        boolean acceptNewDeployments,
        List<String> deploymentIds,
        Instant createdAt,
        Optional<Instant> lastLaunchAt,
        Optional<String> lastError,
        Optional<Instant> lastErrorAt) {

    public Platform {
        deploymentIds = List.copyOf(deploymentIds);
    }

    /** The core library's view of this registration. */
    public PlatformRegistration toRegistration() {
        return new PlatformRegistration(
                issuer,
                clientId,
                authUrl,
                tokenUrl,
                jwksUrl,
                Set.copyOf(deploymentIds),
                acceptNewDeployments,
                tokenAudience);
    }
}
