package org.pathwise.lti.core.claims;

import java.util.List;
import java.util.Optional;

/**
 * The Assignment and Grade Services endpoint claim. {@code lineitem} is present when the link has exactly one line
 * item; it is absent when the platform does not accept grades for this link.
 */
public record AgsEndpoint(List<String> scopes, Optional<String> lineItems, Optional<String> lineItem) {
    public static final String SCOPE_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String SCOPE_LINEITEM_READONLY =
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public static final String SCOPE_RESULT_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    public static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    public AgsEndpoint {
        scopes = List.copyOf(scopes);
    }

    public boolean grants(String scope) {
        return scopes.contains(scope);
    }

    static AgsEndpoint from(ClaimReader claim) {
        return new AgsEndpoint(
                claim.strings("scope").orElse(List.of()), claim.string("lineitems"), claim.string("lineitem"));
    }
}
