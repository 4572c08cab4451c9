package org.pathwise.lti.core.deeplink;

import java.util.Optional;
import org.pathwise.lti.core.LaunchException;
import org.pathwise.lti.core.LaunchFailure;
import org.pathwise.lti.core.claims.DeepLinkingSettings;
import org.pathwise.lti.core.launch.Launch;
import org.pathwise.lti.core.launch.MessageType;

/**
 * Where and to whom a Deep Linking response goes, taken from the request: our client id (the response's issuer),
 * the platform issuer (its audience), the deployment id, the return URL and the opaque {@code data} to echo.
 */
public record DeepLinkingReturn(
        String clientId, String platformIssuer, String deploymentId, String returnUrl, Optional<Object> data) {

    public static DeepLinkingReturn from(Launch launch) {
        if (launch.messageType() != MessageType.DEEP_LINKING) {
            throw new LaunchException(
                    LaunchFailure.UNSUPPORTED_MESSAGE_TYPE, "a deep linking response needs an LtiDeepLinkingRequest");
        }
        DeepLinkingSettings settings = launch.deepLinkingSettings().orElseThrow();
        return new DeepLinkingReturn(
                launch.clientId(),
                launch.issuer(),
                launch.deploymentId(),
                settings.deepLinkReturnUrl(),
                settings.data());
    }
}
