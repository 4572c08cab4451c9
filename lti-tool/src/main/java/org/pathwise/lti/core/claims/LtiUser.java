package org.pathwise.lti.core.claims;

import java.util.Optional;

/**
 * The launching user: {@code sub} is the platform's stable id; name and email are present only when the platform's
 * privacy settings release them. The user key in Pathwise is (issuer, client id, sub).
 */
public record LtiUser(
        String sub,
        Optional<String> name,
        Optional<String> givenName,
        Optional<String> familyName,
        Optional<String> email) {
    static LtiUser from(ClaimReader claims) {
        return new LtiUser(
                claims.requiredString("sub"),
                claims.string("name"),
                claims.string("given_name"),
                claims.string("family_name"),
                claims.string("email"));
    }

    /** The best name to greet the user with: name, else given + family name, else empty. */
    public Optional<String> displayName() {
        if (name.isPresent()) {
            return name;
        }
        String joined = (givenName.orElse("") + " " + familyName.orElse("")).trim();
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }
}
