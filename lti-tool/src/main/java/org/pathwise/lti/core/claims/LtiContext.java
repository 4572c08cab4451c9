package org.pathwise.lti.core.claims;

import java.util.List;
import java.util.Optional;

/** The {@code context} claim: the course (or group) the launch comes from. */
public record LtiContext(String id, Optional<String> label, Optional<String> title, List<String> types) {
    public LtiContext {
        types = List.copyOf(types);
    }

    static LtiContext from(ClaimReader claim) {
        return new LtiContext(
                claim.requiredString("id"),
                claim.string("label"),
                claim.string("title"),
                claim.strings("type").orElse(List.of()));
    }
}
