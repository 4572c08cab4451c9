package org.pathwise.lti.core.claims;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code deep_linking_settings} claim of an LtiDeepLinkingRequest. {@code data} is opaque (usually a string) and
 * must be echoed back unchanged in the response.
 */
public record DeepLinkingSettings(
        String deepLinkReturnUrl,
        List<String> acceptTypes,
        List<String> acceptPresentationDocumentTargets,
        List<String> acceptMediaTypes,
        boolean acceptMultiple,
        boolean autoCreate,
        Optional<String> title,
        Optional<String> text,
        Optional<Object> data) {
    public DeepLinkingSettings {
        acceptTypes = List.copyOf(acceptTypes);
        acceptPresentationDocumentTargets = List.copyOf(acceptPresentationDocumentTargets);
        acceptMediaTypes = List.copyOf(acceptMediaTypes);
    }

    public boolean accepts(String type) {
        return acceptTypes.contains(type);
    }

    static DeepLinkingSettings from(ClaimReader claim) {
        return new DeepLinkingSettings(
                claim.requiredString("deep_link_return_url"),
                required(claim, "accept_types"),
                required(claim, "accept_presentation_document_targets"),
                claim.string("accept_media_types")
                        .map(DeepLinkingSettings::split)
                        .orElse(List.of()),
                claim.bool("accept_multiple").orElse(false),
                claim.bool("auto_create").orElse(false),
                claim.string("title"),
                claim.string("text"),
                claim.value("data"));
    }

    private static List<String> split(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static List<String> required(ClaimReader claim, String name) {
        return claim.strings(name).orElseThrow(() -> claim.missing(name));
    }
}
