package org.pathwise.lti.platforms;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The admin API's JSON shapes: what is posted to create or update a registration, and what is answered. */
public final class PlatformJson {

    private PlatformJson() {}

    /** Body of POST (create) and PUT (update). */
    public record Input(
            String issuer,
            String clientId,
            String name,
            String authUrl,
            String tokenUrl,
            String jwksUrl,
            String tokenAudience,
            Boolean acceptNewDeployments,
            List<String> deploymentIds) {

        PlatformSpec toSpec() {
            return new PlatformSpec(
                    issuer,
                    clientId,
                    name == null || name.isBlank() ? issuer : name,
                    authUrl,
                    tokenUrl,
                    jwksUrl,
                    Optional.ofNullable(tokenAudience),
                    Boolean.TRUE.equals(acceptNewDeployments),
                    deploymentIds);
        }
    }

    /** Body of POST .../deployments. */
    public record DeploymentInput(String deploymentId) {}

    /** One registration as the admin page shows it. */
    public record View(
            long id,
            String issuer,
            String clientId,
            String name,
            String authUrl,
            String tokenUrl,
            String jwksUrl,
            String tokenAudience,
            boolean acceptNewDeployments,
            List<String> deploymentIds,
            Instant createdAt,
            Instant lastLaunchAt,
            String lastError,
            Instant lastErrorAt) {

        static View of(Platform p) {
            return new View(
                    p.id(),
                    p.issuer(),
                    p.clientId(),
                    p.name(),
                    p.authUrl(),
                    p.tokenUrl(),
                    p.jwksUrl(),
                    p.tokenAudience().orElse(null),
                    p.acceptNewDeployments(),
                    p.deploymentIds(),
                    p.createdAt(),
                    p.lastLaunchAt().orElse(null),
                    p.lastError().orElse(null),
                    p.lastErrorAt().orElse(null));
        }
    }
}
