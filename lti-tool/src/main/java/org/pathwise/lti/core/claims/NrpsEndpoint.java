package org.pathwise.lti.core.claims;

import java.util.List;

/** The Names and Role Provisioning Services claim. */
public record NrpsEndpoint(String contextMembershipsUrl, List<String> serviceVersions) {
    public static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    public NrpsEndpoint {
        serviceVersions = List.copyOf(serviceVersions);
    }

    static NrpsEndpoint from(ClaimReader claim) {
        return new NrpsEndpoint(
                claim.requiredString("context_memberships_url"),
                claim.strings("service_versions").orElse(List.of()));
    }
}
