package org.pathwise.lti.core.claims;

import java.util.Optional;

/** The {@code launch_presentation} claim: how the platform shows the tool, where to return, and the locale. */
public record LaunchPresentation(Optional<String> documentTarget, Optional<String> returnUrl, Optional<String> locale) {
    public static final LaunchPresentation NONE =
            new LaunchPresentation(Optional.empty(), Optional.empty(), Optional.empty());

    static LaunchPresentation from(ClaimReader claim) {
        return new LaunchPresentation(
                claim.string("document_target"), claim.string("return_url"), claim.string("locale"));
    }
}
