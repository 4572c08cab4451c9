package org.pathwise.lti.web;

import java.util.List;

/**
 * What a launch brought that {@link org.pathwise.tool.session.ToolSession} does not hold, kept per session: the
 * platform's user id ({@code sub}, for scores), the AGS and NRPS endpoints, and for a deep linking request where to
 * return, and the {@code frame-ancestors} policy of the session's pages: the tool, the platform's issuer and
 * authorization origins and the origin of the page that launched ({@code launch_presentation.return_url}: Canvas frames
 * the tool from the school's own host, which is neither its issuer nor its authorization host). Fields are null when
 * the launch did not carry them.
 */
public record LaunchContext(
        long platformId,
        String userSub,
        String deploymentId,
        String contextId,
        List<String> agsScopes,
        String agsLineItems,
        String agsLineItem,
        String nrpsUrl,
        DeepLinkReturn deepLink,
        String frameAncestors) {

    public LaunchContext {
        agsScopes = agsScopes == null ? List.of() : List.copyOf(agsScopes);
    }

    /** Where a deep linking response goes ({@code data} echoed unchanged; null when the platform sent none). */
    public record DeepLinkReturn(
            String clientId,
            String platformIssuer,
            String deploymentId,
            String returnUrl,
            Object data,
            boolean acceptMultiple,
            String title) {}
}
