package org.pathwise.lti.core.registration;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the tool describes itself to a platform, for Dynamic Registration and for the Canvas developer key:
 * its name, domain, endpoints, the scopes and identity claims it asks for, and custom parameters.
 */
public record ToolDescription(
        String clientName,
        Optional<String> description,
        String domain,
        String initiateLoginUri,
        List<String> redirectUris,
        String jwksUri,
        String targetLinkUri,
        String deepLinkingUri,
        List<String> scopes,
        List<String> claims,
        Map<String, String> customParameters,
        Optional<String> logoUri) {
    public ToolDescription {
        redirectUris = List.copyOf(redirectUris);
        scopes = List.copyOf(scopes);
        claims = List.copyOf(claims);
        customParameters = Map.copyOf(customParameters);
    }
}
