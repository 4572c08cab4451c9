package org.pathwise.lti.core.claims;

import static org.pathwise.lti.core.claims.ClaimNames.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the LTI claims of a verified id_token into typed values; each read fails with the claim's name. */
public final class LtiClaims {
    private final ClaimReader claims;

    public LtiClaims(Map<String, Object> claims) {
        this.claims = new ClaimReader(claims);
    }

    public ClaimReader reader() {
        return claims;
    }

    public LtiUser user() {
        return LtiUser.from(claims);
    }

    /** The roles claim is required but may be an empty array. */
    public Roles roles() {
        return Roles.of(claims.strings(ROLES).orElseThrow(() -> claims.missing(ROLES)));
    }

    public Optional<LtiContext> context() {
        return claims.object(CONTEXT).map(LtiContext::from);
    }

    public Optional<ResourceLink> resourceLink() {
        return claims.object(RESOURCE_LINK).map(ResourceLink::from);
    }

    public ResourceLink requiredResourceLink() {
        return ResourceLink.from(claims.requiredObject(RESOURCE_LINK));
    }

    public Optional<AgsEndpoint> ags() {
        return claims.object(AGS_ENDPOINT).map(AgsEndpoint::from);
    }

    public Optional<NrpsEndpoint> nrps() {
        return claims.object(NRPS).map(NrpsEndpoint::from);
    }

    public DeepLinkingSettings requiredDeepLinkingSettings() {
        return DeepLinkingSettings.from(claims.requiredObject(DEEP_LINKING_SETTINGS));
    }

    public LaunchPresentation presentation() {
        return claims.object(LAUNCH_PRESENTATION).map(LaunchPresentation::from).orElse(LaunchPresentation.NONE);
    }

    public Optional<ToolPlatform> platform() {
        return claims.object(TOOL_PLATFORM).map(ToolPlatform::from);
    }

    public Map<String, String> custom() {
        return claims.textMap(CUSTOM);
    }

    public List<String> roleScopeMentor() {
        return claims.strings(ROLE_SCOPE_MENTOR).orElse(List.of());
    }

    /** The {@code for_user.user_id} of a submission review. */
    public Optional<String> forUserId() {
        return claims.object(FOR_USER).map(forUser -> forUser.requiredString("user_id"));
    }

    public String targetLinkUri() {
        return claims.requiredString(TARGET_LINK_URI);
    }
}
