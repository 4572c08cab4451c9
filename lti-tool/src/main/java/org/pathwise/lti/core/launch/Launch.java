package org.pathwise.lti.core.launch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.pathwise.lti.core.claims.AgsEndpoint;
import org.pathwise.lti.core.claims.DeepLinkingSettings;
import org.pathwise.lti.core.claims.LaunchPresentation;
import org.pathwise.lti.core.claims.LtiContext;
import org.pathwise.lti.core.claims.LtiUser;
import org.pathwise.lti.core.claims.NrpsEndpoint;
import org.pathwise.lti.core.claims.ResourceLink;
import org.pathwise.lti.core.claims.Roles;
import org.pathwise.lti.core.claims.ToolPlatform;
import org.pathwise.lti.core.registration.PlatformRegistration;

/**
 * A validated launch. Identity keys: user = (issuer, client id, sub); context = (issuer, deployment id, context id);
 * link = (issuer, deployment id, resource link id). {@code newDeployment} is true when the deployment id was not yet
 * known and the registration accepts new ones: the container should record it. {@code forUserId} is set for
 * LtiSubmissionReviewRequest. {@code claims} holds every claim, for what is not modelled here; never log it.
 */
public record Launch(
        MessageType messageType,
        PlatformRegistration registration,
        String deploymentId,
        boolean newDeployment,
        LtiUser user,
        Roles roles,
        Optional<LtiContext> context,
        Optional<ResourceLink> resourceLink,
        Map<String, String> custom,
        Optional<AgsEndpoint> ags,
        Optional<NrpsEndpoint> nrps,
        Optional<DeepLinkingSettings> deepLinkingSettings,
        LaunchPresentation presentation,
        Optional<ToolPlatform> platform,
        Optional<String> storageTarget,
        String targetLinkUri,
        Optional<String> forUserId,
        Map<String, Object> claims) {
    public Launch {
        custom = Map.copyOf(custom);
        claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
    }

    public String issuer() {
        return registration.issuer();
    }

    public String clientId() {
        return registration.clientId();
    }

    public Optional<String> locale() {
        return presentation.locale();
    }
}
