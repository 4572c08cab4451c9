package org.pathwise.lti.core.login;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathwise.lti.core.LaunchException;
import org.pathwise.lti.core.LaunchFailure;
import org.pathwise.lti.core.Randoms;
import org.pathwise.lti.core.registration.PlatformRegistration;
import org.pathwise.lti.core.registration.RegistrationLookup;

/** Handles an OIDC login initiation (LTI Security 1.0 §5.1.1) and prepares the authentication request. */
public final class LoginService {
    private final RegistrationLookup registrations;
    private final StateStore states;
    private final NonceStore nonces;
    private final LoginSettings settings;
    private final Clock clock;

    public LoginService(
            RegistrationLookup registrations,
            StateStore states,
            NonceStore nonces,
            LoginSettings settings,
            Clock clock) {
        this.registrations = registrations;
        this.states = states;
        this.nonces = nonces;
        this.settings = settings;
        this.clock = clock;
    }

    /** Checks the login, stores a fresh state and nonce, and returns where to send the browser. */
    public LoginRedirect initiate(LoginInitiation login) {
        PlatformRegistration registration = registrationFor(login);
        if (!settings.allowsTarget(login.targetLinkUri())) {
            throw new LaunchException(
                    LaunchFailure.TARGET_NOT_ALLOWED,
                    "target_link_uri " + login.targetLinkUri() + " is not on an allowed origin "
                            + settings.allowedTargetOrigins());
        }
        String state = Randoms.token();
        String nonce = Randoms.token();
        Instant expiresAt = clock.instant().plus(settings.loginTtl());
        states.put(
                state,
                new PendingLogin(
                        registration.issuer(),
                        registration.clientId(),
                        nonce,
                        login.targetLinkUri(),
                        login.storageTarget(),
                        expiresAt,
                        Optional.of(login.loginHint()),
                        login.ltiMessageHint(),
                        login.deploymentIdHint()));
        nonces.put(nonce, expiresAt);
        return new LoginRedirect(
                registration.authorizationEndpoint(),
                parameters(login, registration, state, nonce),
                state,
                nonce,
                settings.loginTtl(),
                login.storageTarget());
    }

    private PlatformRegistration registrationFor(LoginInitiation login) {
        if (login.clientId().isPresent()) {
            return registrations
                    .find(login.issuer(), login.clientId().get())
                    .orElseThrow(() -> unknown("no registration for issuer " + login.issuer() + " and client_id "
                            + login.clientId().get()));
        }
        List<PlatformRegistration> candidates = registrations.findByIssuer(login.issuer());
        if (candidates.size() != 1) {
            throw unknown(candidates.size() + " registrations for issuer " + login.issuer()
                    + " and the login did not send client_id");
        }
        return candidates.get(0);
    }

    private static LaunchException unknown(String detail) {
        return new LaunchException(LaunchFailure.UNKNOWN_REGISTRATION, detail);
    }

    private Map<String, String> parameters(
            LoginInitiation login, PlatformRegistration registration, String state, String nonce) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("scope", "openid");
        params.put("response_type", "id_token");
        params.put("response_mode", "form_post");
        params.put("prompt", "none");
        params.put("client_id", registration.clientId());
        params.put("redirect_uri", settings.redirectUri());
        params.put("login_hint", login.loginHint());
        login.ltiMessageHint().ifPresent(hint -> params.put("lti_message_hint", hint));
        params.put("state", state);
        params.put("nonce", nonce);
        return params;
    }
}
