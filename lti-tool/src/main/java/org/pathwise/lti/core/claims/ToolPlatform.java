package org.pathwise.lti.core.claims;

import java.util.Optional;

/** The {@code tool_platform} claim: which LMS product and instance sent the launch. */
public record ToolPlatform(
        Optional<String> guid, Optional<String> productFamilyCode, Optional<String> version, Optional<String> name) {
    static ToolPlatform from(ClaimReader claim) {
        return new ToolPlatform(
                claim.string("guid"),
                claim.string("product_family_code"),
                claim.string("version"),
                claim.string("name"));
    }
}
