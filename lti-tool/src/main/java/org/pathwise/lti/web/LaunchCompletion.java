package org.pathwise.lti.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.pathwise.lti.core.claims.DeepLinkingSettings;
import org.pathwise.lti.core.claims.Role;
import org.pathwise.lti.core.launch.Launch;
import org.pathwise.lti.core.launch.MessageType;
import org.pathwise.lti.core.login.LoginSettings;
import org.pathwise.lti.platforms.Platform;
import org.pathwise.lti.platforms.PlatformStore;
import org.pathwise.tool.session.LaunchHandles;
import org.pathwise.tool.session.SessionFilter;
import org.pathwise.tool.session.ToolSession;
import org.pathwise.tool.session.ToolSessions;

/**
 * Turns a validated launch into a tool session: records the launch (and a new deployment id) on the platform,
 * stores the session and its {@link LaunchContext}, and redirects to the page to show with the session cookie, a
 * one-time launch handle {@code ?s=} (for browsers that block third-party cookies: the session id itself never goes
 * into an address) and a CSP {@code frame-ancestors} of the platform.
 */
@ApplicationScoped
public class LaunchCompletion {

    private static final Logger LOG = Logger.getLogger(LaunchCompletion.class.getName());

    @Inject
    PlatformStore platforms;

    @Inject
    ToolSessions sessions;

    @Inject
    LaunchContexts contexts;

    @Inject
    LtiConfig config;

    @Inject
    LaunchHandles handles;

    Clock clock = Clock.systemUTC();

    public Response complete(Launch launch, String state) {
        Platform platform =
                platforms.byIssuerAndClient(launch.issuer(), launch.clientId()).orElseThrow();
        if (launch.newDeployment()) {
            platforms.addDeployment(platform.id(), launch.deploymentId());
            LOG.info(() -> "New deployment id " + launch.deploymentId() + " recorded for platform " + platform.id());
        }
        platforms.recordLaunch(platform.id());
        Instant expiresAt = clock.instant().plus(config.sessionLifetime());
        ToolSession session = sessions.create(draft(launch, platform, expiresAt));
        String frameAncestors = frameAncestors(platform, frameOrigin(launch));
        contexts.save(session.id(), LaunchContextOf.launch(launch, platform.id(), frameAncestors), expiresAt);
        return Response.seeOther(URI.create(config.url(target(launch, session, handles.issue(session)))))
                .header("Set-Cookie", Cookies.crossSite(SessionFilter.COOKIE, session.id(), config.sessionLifetime()))
                .header("Set-Cookie", Cookies.expiredStateCookie(state))
                .header("Content-Security-Policy", frameAncestors)
                .header("Referrer-Policy", FrameAncestorsFilter.REFERRER_POLICY)
                .header("Cache-Control", "no-store")
                .build();
    }

    /** Where the launch lands: the deep linking picker, a pathway, a content item, the instructor home, or /learn. */
    static String target(Launch launch, ToolSession session, String handle) {
        String s = SessionFilter.QUERY + "=" + encode(handle);
        if (launch.messageType() == MessageType.DEEP_LINKING) {
            return "/lti/deep-link?" + s;
        }
        Map<String, String> custom = launch.custom();
        if (custom.containsKey("pathway")) {
            return "/learn?pathway=" + encode(custom.get("pathway")) + "&" + s;
        }
        if (custom.containsKey("content")) {
            return "/learn?content=" + encode(custom.get("content")) + "&" + s;
        }
        return session.isInstructor() ? "/instructor?" + s : "/learn?" + s;
    }

    /**
     * frame-ancestors of the tool itself, the platform's issuer and authorization origins, and the origin of the page
     * the platform launched from (when known).
     */
    static String frameAncestors(Platform platform, String frameOrigin) {
        Set<String> origins = new LinkedHashSet<>();
        origins.add("'self'");
        LoginSettings.origin(platform.issuer()).ifPresent(origins::add);
        LoginSettings.origin(platform.authUrl()).ifPresent(origins::add);
        if (frameOrigin != null) {
            origins.add(frameOrigin);
        }
        return "frame-ancestors " + String.join(" ", origins);
    }

    /** The http(s) origin of {@code launch_presentation.return_url}, from the verified id_token. */
    static String frameOrigin(Launch launch) {
        return launch.presentation()
                .returnUrl()
                .flatMap(LoginSettings::origin)
                .filter(origin -> origin.startsWith("https://") || origin.startsWith("http://"))
                .orElse(null);
    }

    private static ToolSession draft(Launch launch, Platform platform, Instant expiresAt) {
        return new ToolSession(
                null,
                platform.id(),
                learnerId(launch.issuer(), launch.user().sub()),
                launch.user().displayName().orElse(null),
                launch.user().email().orElse(null),
                roles(launch),
                launch.context().map(c -> c.id()).orElse(null),
                launch.context().flatMap(c -> c.title()).orElse(null),
                launch.resourceLink().map(r -> r.id()).orElse(null),
                launch.custom(),
                launch.ags().flatMap(a -> a.lineItem()).orElse(null),
                launch.locale().orElse(null),
                expiresAt);
    }

    static Set<String> roles(Launch launch) {
        Set<String> roles = new LinkedHashSet<>();
        if (launch.roles().has(Role.ADMINISTRATOR)) {
            roles.add(ToolSession.ADMIN);
        }
        if (launch.roles().isStaff() || launch.messageType() == MessageType.DEEP_LINKING) {
            roles.add(ToolSession.INSTRUCTOR);
        }
        if (roles.isEmpty()) {
            roles.add(ToolSession.LEARNER);
        }
        return roles;
    }

    /** Stable pseudonymous learner id: SHA-256 of issuer and sub, base64url. */
    public static String learnerId(String issuer, String sub) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest((issuer + "\n" + sub).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Builds the {@link LaunchContext} of a launch. */
    static final class LaunchContextOf {
        private LaunchContextOf() {}

        static LaunchContext launch(Launch launch, long platformId, String frameAncestors) {
            return new LaunchContext(
                    platformId,
                    launch.user().sub(),
                    launch.deploymentId(),
                    launch.context().map(c -> c.id()).orElse(null),
                    launch.ags().map(a -> a.scopes()).orElse(null),
                    launch.ags().flatMap(a -> a.lineItems()).orElse(null),
                    launch.ags().flatMap(a -> a.lineItem()).orElse(null),
                    launch.nrps().map(n -> n.contextMembershipsUrl()).orElse(null),
                    launch.deepLinkingSettings().map(d -> deepLink(launch, d)).orElse(null),
                    frameAncestors);
        }

        private static LaunchContext.DeepLinkReturn deepLink(Launch launch, DeepLinkingSettings settings) {
            return new LaunchContext.DeepLinkReturn(
                    launch.clientId(),
                    launch.issuer(),
                    launch.deploymentId(),
                    settings.deepLinkReturnUrl(),
                    settings.data().orElse(null),
                    settings.acceptMultiple(),
                    settings.title().orElse(null));
        }
    }
}
