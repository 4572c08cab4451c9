package org.pathwise.lti.core.testplatform;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.pathwise.lti.core.LaunchException;
import org.pathwise.lti.core.jwks.PlatformKeyCache;
import org.pathwise.lti.core.launch.AuthenticationResponse;
import org.pathwise.lti.core.launch.Launch;
import org.pathwise.lti.core.launch.LaunchValidator;
import org.pathwise.lti.core.login.LoginInitiation;
import org.pathwise.lti.core.login.LoginRedirect;
import org.pathwise.lti.core.login.LoginService;
import org.pathwise.lti.core.login.LoginSettings;

/** The tool's login and launch wired to a {@link TestPlatform}, with in-memory stores and a hand-moved clock. */
public final class LaunchHarness {
    public static final Instant NOW = Instant.parse("2025-06-02T09:00:00Z");

    public final MutableClock clock = new MutableClock(NOW);
    public final TestPlatform platform = new TestPlatform(clock);
    public final InMemoryStores.States states = new InMemoryStores.States();
    public final InMemoryStores.Nonces nonces = new InMemoryStores.Nonces();
    public final PlatformKeyCache keyCache =
            new PlatformKeyCache(platform, clock, Duration.ofMinutes(10), Duration.ofSeconds(30));
    public final LoginService loginService = new LoginService(
            platform,
            states,
            nonces,
            new LoginSettings(TestPlatform.LAUNCH_URL, Set.of(TestPlatform.TOOL), Duration.ofMinutes(5)),
            clock);
    public final LaunchValidator validator =
            new LaunchValidator(platform, states, nonces, keyCache, clock, Duration.ofSeconds(30));

    public Map<String, String> loginParams() {
        Map<String, String> params = new HashMap<>();
        params.put("iss", TestPlatform.ISSUER);
        params.put("login_hint", "4");
        params.put("target_link_uri", TestPlatform.LAUNCH_URL);
        params.put("lti_message_hint", "{\"cmid\":1}");
        params.put("client_id", TestPlatform.CLIENT_ID);
        params.put("lti_deployment_id", TestPlatform.DEPLOYMENT);
        return params;
    }

    public LoginRedirect login() {
        return loginService.initiate(LoginInitiation.from(loginParams()));
    }

    /** Logs in, lets the test edit a valid resource link claim set, signs it and validates it. */
    public Launch launch(List<String> roles, Consumer<Map<String, Object>> edit) {
        LoginRedirect login = login();
        Map<String, Object> claims = platform.resourceLinkClaims(login.nonce(), roles);
        edit.accept(claims);
        return validator.validate(AuthenticationResponse.of(platform.idToken(claims), login.state()));
    }

    public Launch launch(Consumer<Map<String, Object>> edit) {
        return launch(List.of(TestPlatform.MEMBERSHIP + "Learner"), edit);
    }

    public Launch deepLinkingLaunch(Consumer<Map<String, Object>> edit) {
        LoginRedirect login = login();
        Map<String, Object> claims = platform.deepLinkingClaims(login.nonce());
        edit.accept(claims);
        return validator.validate(AuthenticationResponse.of(platform.idToken(claims), login.state()));
    }

    public LaunchException rejection(Runnable launch) {
        try {
            launch.run();
        } catch (LaunchException e) {
            return e;
        }
        return fail("the launch was accepted but should have been refused");
    }

    public LaunchException rejectedLaunch(Consumer<Map<String, Object>> edit) {
        return rejection(() -> launch(edit));
    }

    public LaunchException rejectedToken(String idToken, String state) {
        return rejection(() -> validator.validate(AuthenticationResponse.of(idToken, state)));
    }
}
