package org.pathwise.lti.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.pathwise.lti.core.LaunchException;
import org.pathwise.lti.core.LaunchFailure;
import org.pathwise.lti.core.launch.AuthenticationResponse;
import org.pathwise.lti.core.login.LoginSettings;
import org.pathwise.lti.core.login.PendingLogin;
import org.pathwise.lti.platforms.PlatformStore;

/**
 * Checks that the launch comes back to the browser that started the login: the state cookie set at login, or — when
 * the platform offers client-side storage — the state kept in platform storage, compared by a page in the browser
 * that then posts the launch again with {@value #CHECKED}. Without either, the learner is offered the same login in a
 * new window ({@link CookieRefused}). The state's single use and the nonce are checked by the core validator
 * afterwards.
 */
@ApplicationScoped
public class StateBinding {

    static final String CHECKED = "pw_storage_checked";

    @Inject
    DbStateStore stores;

    @Inject
    PlatformStore platforms;

    /** Empty when the launch may go on; a page to render when the state must first be checked in platform storage. */
    public Optional<String> check(
            AuthenticationResponse response, Map<String, String> fields, Map<String, Cookie> cookies) {
        if (response.state().isEmpty() || response.error().isPresent()) {
            return Optional.empty();
        }
        String state = response.state().get();
        Cookie cookie = cookies.get(Cookies.STATE_PREFIX + state);
        if (cookie != null && state.equals(cookie.getValue())) {
            return Optional.empty();
        }
        Optional<PendingLogin> login = stores.peek(state);
        if (login.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> target = response.storageTarget().or(() -> login.get().storageTarget());
        if (target.isEmpty() || "none".equals(fields.get(CHECKED))) {
            throw new CookieRefused(
                    new LaunchException(
                            LaunchFailure.MISSING_STATE,
                            "the state cookie did not come back with the launch (third-party cookies blocked?) and the"
                                    + " platform offers no storage"
                                    + (target.isEmpty() ? "" : " (its lti.capabilities list none)")
                                    + "; issuer "
                                    + login.get().issuer()),
                    relogin(login.get()));
        }
        if ("1".equals(fields.get(CHECKED))) {
            return Optional.empty();
        }
        Map<String, String> again = new LinkedHashMap<>(fields);
        again.put(CHECKED, "1");
        return Optional.of(PlatformStoragePages.getState(target.get(), platformOrigin(login.get()), again));
    }

    /**
     * The browser refused the state cookie in the platform's frame and there is no platform storage: the launch cannot
     * be checked here, but the same login can start again in a new (top-level) window, where the cookie is first-party.
     * {@code reloginPath} is that login, or empty when the pending login kept no hints.
     */
    public static final class CookieRefused extends RuntimeException {
        private final LaunchException failure;
        private final Optional<String> reloginPath;

        CookieRefused(LaunchException failure, Optional<String> reloginPath) {
            super(failure.getMessage());
            this.failure = failure;
            this.reloginPath = reloginPath;
        }

        public LaunchException failure() {
            return failure;
        }

        public Optional<String> reloginPath() {
            return reloginPath;
        }
    }

    /** {@code /lti/login?...} with the parameters the platform sent at the first login. */
    static Optional<String> relogin(PendingLogin login) {
        if (login.loginHint().isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", login.issuer());
        params.put("client_id", login.clientId());
        params.put("login_hint", login.loginHint().get());
        params.put("target_link_uri", login.targetLinkUri());
        login.messageHint().ifPresent(hint -> params.put("lti_message_hint", hint));
        login.deploymentIdHint().ifPresent(hint -> params.put("lti_deployment_id", hint));
        StringBuilder path = new StringBuilder("/lti/login");
        char separator = '?';
        for (Map.Entry<String, String> param : params.entrySet()) {
            path.append(separator)
                    .append(param.getKey())
                    .append('=')
                    .append(java.net.URLEncoder.encode(param.getValue(), java.nio.charset.StandardCharsets.UTF_8));
            separator = '&';
        }
        return Optional.of(path.toString());
    }

    private String platformOrigin(PendingLogin login) {
        return platforms
                .find(login.issuer(), login.clientId())
                .flatMap(r -> LoginSettings.origin(r.authorizationEndpoint()))
                .orElse("*");
    }
}
