package org.pathwise.lti.core.registration;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.TreeMap;

/**
 * The tool's client registration request (Dynamic Registration 1.0 §3.5.2), POSTed as JSON to the platform's
 * registration endpoint with {@code Authorization: Bearer <registration_token>} when a token was given.
 */
public final class ToolRegistrationRequest {
    public static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";

    private ToolRegistrationRequest() {}

    /** The request body; scopes are limited to those the platform supports when it lists them. */
    public static String json(ToolDescription tool, OpenIdConfiguration platform) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("application_type", "web");
        root.putArray("response_types").add("id_token");
        root.putArray("grant_types").add("implicit").add("client_credentials");
        root.put("initiate_login_uri", tool.initiateLoginUri());
        ArrayNode redirects = root.putArray("redirect_uris");
        tool.redirectUris().forEach(redirects::add);
        root.put("client_name", tool.clientName());
        root.put("jwks_uri", tool.jwksUri());
        tool.logoUri().ifPresent(logo -> root.put("logo_uri", logo));
        root.put("token_endpoint_auth_method", "private_key_jwt");
        root.put("scope", String.join(" ", grantableScopes(tool, platform)));
        root.set(TOOL_CONFIGURATION, toolConfiguration(tool));
        return Json.write(root);
    }

    private static List<String> grantableScopes(ToolDescription tool, OpenIdConfiguration platform) {
        if (platform.scopesSupported().isEmpty()) {
            return tool.scopes();
        }
        return tool.scopes().stream()
                .filter(platform.scopesSupported()::contains)
                .toList();
    }

    private static ObjectNode toolConfiguration(ToolDescription tool) {
        ObjectNode config = Json.MAPPER.createObjectNode();
        config.put("domain", tool.domain());
        tool.description().ifPresent(text -> config.put("description", text));
        config.put("target_link_uri", tool.targetLinkUri());
        ArrayNode claims = config.putArray("claims");
        tool.claims().forEach(claims::add);
        ArrayNode messages = config.putArray("messages");
        messages.addObject().put("type", "LtiResourceLinkRequest").put("target_link_uri", tool.targetLinkUri());
        messages.addObject()
                .put("type", "LtiDeepLinkingRequest")
                .put("target_link_uri", tool.deepLinkingUri())
                .put("label", tool.clientName());
        if (!tool.customParameters().isEmpty()) {
            config.set("custom_parameters", Json.MAPPER.valueToTree(new TreeMap<>(tool.customParameters())));
        }
        return config;
    }
}
