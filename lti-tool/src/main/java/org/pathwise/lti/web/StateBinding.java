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
 * that then posts the launch again with {@value #CHECKED}. The state's single use and the nonce are checked by the
 * core validator afterwards.
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
        if (target.isEmpty()) {
            throw new LaunchException(
                    LaunchFailure.MISSING_STATE,
                    "the state cookie did not come back with the launch (third-party cookies blocked?) and the platform"
                            + " offers no storage; issuer " + login.get().issuer());
        }
        if ("1".equals(fields.get(CHECKED))) {
            return Optional.empty();
        }
        Map<String, String> again = new LinkedHashMap<>(fields);
        again.put(CHECKED, "1");
        return Optional.of(PlatformStoragePages.getState(target.get(), platformOrigin(login.get()), again));
    }

    private String platformOrigin(PendingLogin login) {
        return platforms
                .find(login.issuer(), login.clientId())
                .flatMap(r -> LoginSettings.origin(r.authorizationEndpoint()))
                .orElse("*");
    }
}
