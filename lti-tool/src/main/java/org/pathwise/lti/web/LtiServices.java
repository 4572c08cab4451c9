package org.pathwise.lti.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.pathwise.lti.core.deeplink.DeepLinkingResponseSigner;
import org.pathwise.lti.core.jwks.PlatformKeyCache;
import org.pathwise.lti.core.launch.LaunchValidator;
import org.pathwise.lti.core.login.LoginService;
import org.pathwise.lti.core.services.AccessTokenClient;
import org.pathwise.lti.core.services.AgsClient;
import org.pathwise.lti.core.services.AuthorizedCalls;
import org.pathwise.lti.core.services.NrpsClient;
import org.pathwise.lti.keys.KeyRingStore;
import org.pathwise.lti.platforms.PlatformStore;

/** The core library's services, wired once to the container's ports (database stores, key ring, HTTP client). */
@ApplicationScoped
public class LtiServices {

    @Inject
    PlatformStore platforms;

    @Inject
    DbStateStore states;

    @Inject
    DbNonceStore nonces;

    @Inject
    KeyRingStore keys;

    @Inject
    LtiConfig config;

    private final Clock clock = Clock.systemUTC();
    private final JavaHttp http = new JavaHttp();
    private LoginService login;
    private LaunchValidator validator;
    private DeepLinkingResponseSigner deepLinking;
    private AgsClient ags;
    private NrpsClient nrps;

    @PostConstruct
    void init() {
        PlatformKeyCache platformKeys =
                new PlatformKeyCache(http, clock, Duration.ofMinutes(10), Duration.ofSeconds(5));
        login = new LoginService(platforms, states, nonces, config.loginSettings(), clock);
        validator = new LaunchValidator(platforms, states, nonces, platformKeys, clock, Duration.ofSeconds(30));
        deepLinking = new DeepLinkingResponseSigner(keys, clock, Duration.ofMinutes(5));
        AuthorizedCalls calls = new AuthorizedCalls(http, new AccessTokenClient(http, keys, clock));
        ags = new AgsClient(calls);
        nrps = new NrpsClient(calls);
    }

    public LoginService login() {
        return login;
    }

    public LaunchValidator validator() {
        return validator;
    }

    public DeepLinkingResponseSigner deepLinking() {
        return deepLinking;
    }

    public AgsClient ags() {
        return ags;
    }

    public NrpsClient nrps() {
        return nrps;
    }

    public JavaHttp http() {
        return http;
    }
}
