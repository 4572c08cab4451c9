package org.pathwise.lti.core.registration;

import static org.pathwise.lti.core.registration.RegistrationException.Kind.INVALID_CONFIGURATION;
import static org.pathwise.lti.core.registration.RegistrationException.Kind.ISSUER_MISMATCH;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pathwise.lti.core.login.LoginSettings;

/**
 * The platform's OpenID configuration as LTI Dynamic Registration 1.0 §3.4 reads it, including the
 * {@code lti-platform-configuration} member (product, version, supported messages).
 */
public record OpenIdConfiguration(
        String issuer,
        String authorizationEndpoint,
        String tokenEndpoint,
        String jwksUri,
        String registrationEndpoint,
        List<String> scopesSupported,
        Optional<String> productFamilyCode,
        Optional<String> productVersion,
        List<String> messagesSupported) {
    public static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";
    private static final String WHAT = "openid-configuration";

    public OpenIdConfiguration {
        scopesSupported = List.copyOf(scopesSupported);
        messagesSupported = List.copyOf(messagesSupported);
    }

    /**
     * Parses the document fetched from {@code configurationUrl} and checks that its issuer has the same origin
     * (scheme, host, port) as that URL (Dynamic Registration §3.5.1).
     */
    public static OpenIdConfiguration parse(String json, String configurationUrl) {
        JsonNode root = Json.parse(json, INVALID_CONFIGURATION, WHAT);
        String issuer = Json.required(root, "issuer", INVALID_CONFIGURATION, WHAT);
        Optional<String> issuerOrigin = LoginSettings.origin(issuer);
        if (issuerOrigin.isEmpty() || !issuerOrigin.equals(LoginSettings.origin(configurationUrl))) {
            throw new RegistrationException(
                    ISSUER_MISMATCH, "issuer " + issuer + " is not on the host of " + configurationUrl);
        }
        JsonNode platform = root.path(PLATFORM_CONFIGURATION);
        return new OpenIdConfiguration(
                issuer,
                Json.required(root, "authorization_endpoint", INVALID_CONFIGURATION, WHAT),
                Json.required(root, "token_endpoint", INVALID_CONFIGURATION, WHAT),
                Json.required(root, "jwks_uri", INVALID_CONFIGURATION, WHAT),
                Json.required(root, "registration_endpoint", INVALID_CONFIGURATION, WHAT),
                Json.texts(root, "scopes_supported"),
                Json.text(platform, "product_family_code"),
                Json.text(platform, "version"),
                messageTypes(platform));
    }

    public boolean supportsMessage(String type) {
        return messagesSupported.contains(type);
    }

    private static List<String> messageTypes(JsonNode platform) {
        List<String> types = new ArrayList<>();
        platform.path("messages_supported").forEach(m -> Json.text(m, "type").ifPresent(types::add));
        return types;
    }
}
