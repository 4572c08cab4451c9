package org.pathwise.lti.core.registration;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.TreeMap;

/**
 * The JSON configuration a Canvas admin pastes (or points to by URL) when creating an LTI developer key: the
 * endpoints, the public JWKS URL, the scopes, the privacy level and the placements (a course navigation launch,
 * and deep linking from the assignment and link selection dialogs).
 */
public final class CanvasDeveloperKey {
    private CanvasDeveloperKey() {}

    /** {@code privacyLevel} is {@code public}, {@code name_only}, {@code email_only} or {@code anonymous}. */
    public static String json(ToolDescription tool, String privacyLevel) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("title", tool.clientName());
        root.put("description", tool.description().orElse(tool.clientName()));
        root.put("oidc_initiation_url", tool.initiateLoginUri());
        root.put("target_link_uri", tool.targetLinkUri());
        root.put("public_jwk_url", tool.jwksUri());
        ArrayNode scopes = root.putArray("scopes");
        tool.scopes().forEach(scopes::add);
        if (!tool.customParameters().isEmpty()) {
            root.set("custom_fields", Json.MAPPER.valueToTree(new TreeMap<>(tool.customParameters())));
        }
        ObjectNode extension = root.putArray("extensions").addObject();
        extension.put("platform", "canvas.instructure.com");
        extension.put("domain", tool.domain());
        extension.put("privacy_level", privacyLevel);
        placements(extension.putObject("settings"), tool);
        return Json.write(root);
    }

    private static void placements(ObjectNode settings, ToolDescription tool) {
        settings.put("text", tool.clientName());
        tool.logoUri().ifPresent(logo -> settings.put("icon_url", logo));
        ArrayNode placements = settings.putArray("placements");
        placements
                .addObject()
                .put("placement", "course_navigation")
                .put("message_type", "LtiResourceLinkRequest")
                .put("target_link_uri", tool.targetLinkUri());
        for (String placement : new String[] {"assignment_selection", "link_selection"}) {
            placements
                    .addObject()
                    .put("placement", placement)
                    .put("message_type", "LtiDeepLinkingRequest")
                    .put("target_link_uri", tool.deepLinkingUri());
        }
    }
}
