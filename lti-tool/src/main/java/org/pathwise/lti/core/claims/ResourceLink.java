package org.pathwise.lti.core.claims;

import java.util.Optional;

/** The {@code resource_link} claim: the placement in the course that was launched. */
public record ResourceLink(String id, Optional<String> title, Optional<String> description) {
    static ResourceLink from(ClaimReader claim) {
        return new ResourceLink(claim.requiredString("id"), claim.string("title"), claim.string("description"));
    }
}
