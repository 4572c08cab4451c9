package org.pathwise.lti.core.registration;

import static org.pathwise.lti.core.registration.RegistrationException.Kind.INVALID_RESPONSE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;

/**
 * The platform's answer to the registration request: the {@code client_id} it assigned and, when it sends one, the
 * {@code deployment_id} inside the tool configuration (Moodle does).
 */
public record RegistrationResponse(String clientId, Optional<String> deploymentId, Optional<String> scope) {

    public static RegistrationResponse parse(String json) {
        JsonNode root = Json.parse(json, INVALID_RESPONSE, "registration response");
        return new RegistrationResponse(
                Json.required(root, "client_id", INVALID_RESPONSE, "registration response"),
                Json.text(root.path(ToolRegistrationRequest.TOOL_CONFIGURATION), "deployment_id"),
                Json.text(root, "scope"));
    }

    /** The registration to store: platform endpoints from the configuration, our client id and deployment. */
    public PlatformRegistration toRegistration(OpenIdConfiguration platform, boolean acceptNewDeployments) {
        return new PlatformRegistration(
                platform.issuer(),
                clientId,
                platform.authorizationEndpoint(),
                platform.tokenEndpoint(),
                platform.jwksUri(),
                deploymentId.map(Set::of).orElse(Set.of()),
                acceptNewDeployments,
                Optional.empty());
    }
}
