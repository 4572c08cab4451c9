package org.pathwise.lti.core.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.pathwise.lti.core.LaunchException;
import org.pathwise.lti.core.LaunchFailure;
import org.pathwise.lti.core.claims.ClaimNames;
import org.pathwise.lti.core.claims.LtiClaims;
import org.pathwise.lti.core.jwks.PlatformKeyCache;
import org.pathwise.lti.core.login.NonceStore;
import org.pathwise.lti.core.login.PendingLogin;
import org.pathwise.lti.core.login.StateStore;
import org.pathwise.lti.core.registration.PlatformRegistration;
import org.pathwise.lti.core.registration.RegistrationLookup;

/**
 * Validates the platform's authentication response (LTI Security 1.0 §5.1.3, Core 1.3 §5.3) as an explicit ordered
 * chain: platform error → state → JWT format → alg and kid → issuer, audience and registration → signature →
 * exp/iat → nonce → deployment → message (version, type, required claims) → target_link_uri as at login. The first
 * failing step throws a {@link LaunchException} naming its kind.
 */
public final class LaunchValidator {
    /** The largest clock skew the validator allows (Moodle issues tokens valid for 60 s). */
    public static final Duration MAX_SKEW = Duration.ofSeconds(60);

    private final RegistrationLookup registrations;
    private final StateStore states;
    private final NonceStore nonces;
    private final PlatformKeyCache platformKeys;
    private final Clock clock;
    private final Duration skew;

    public LaunchValidator(
            RegistrationLookup registrations,
            StateStore states,
            NonceStore nonces,
            PlatformKeyCache platformKeys,
            Clock clock,
            Duration skew) {
        if (skew.isNegative() || skew.compareTo(MAX_SKEW) > 0) {
            throw new IllegalArgumentException("clock skew must be between 0 and 60 s: " + skew);
        }
        this.registrations = registrations;
        this.states = states;
        this.nonces = nonces;
        this.platformKeys = platformKeys;
        this.clock = clock;
        this.skew = skew;
    }

    public Launch validate(AuthenticationResponse response) {
        rejectPlatformError(response);
        PendingLogin login = takeState(response);
        SignedToken token = SignedToken.parse(response.idToken()
                .orElseThrow(() -> new LaunchException(LaunchFailure.MALFORMED_JWT, "no id_token in the response")));
        AudienceCheck.check(token.claims(), login);
        PlatformRegistration registration = registrationOf(login);
        verifySignature(token, registration);
        TimestampCheck.check(token.claims(), clock.instant(), skew);
        takeNonce(token, login);
        LtiClaims claims = new LtiClaims(token.claims().getClaims());
        String deploymentId = claims.reader().requiredString(ClaimNames.DEPLOYMENT_ID);
        boolean newDeployment = DeploymentCheck.isNew(deploymentId, registration);
        MessageType type = MessageCheck.check(claims);
        checkTargetLinkUri(claims, login);
        return LaunchAssembler.assemble(type, registration, deploymentId, newDeployment, claims, response, login);
    }

    private static void rejectPlatformError(AuthenticationResponse response) {
        if (response.error().isPresent()) {
            throw new LaunchException(
                    LaunchFailure.PLATFORM_ERROR,
                    "platform answered error=" + response.error().get() + " ("
                            + response.errorDescription().orElse("no description") + ")");
        }
    }

    private PendingLogin takeState(AuthenticationResponse response) {
        String state = response.state()
                .orElseThrow(() -> new LaunchException(LaunchFailure.MISSING_STATE, "no state in the response"));
        PendingLogin login = states.take(state)
                .orElseThrow(() -> new LaunchException(LaunchFailure.INVALID_STATE, "state unknown or already used"));
        if (!clock.instant().isBefore(login.expiresAt())) {
            throw new LaunchException(LaunchFailure.INVALID_STATE, "state expired at " + login.expiresAt());
        }
        return login;
    }

    private PlatformRegistration registrationOf(PendingLogin login) {
        return registrations
                .find(login.issuer(), login.clientId())
                .orElseThrow(() -> new LaunchException(
                        LaunchFailure.UNKNOWN_REGISTRATION,
                        "registration for issuer " + login.issuer() + " and client_id " + login.clientId()
                                + " is gone"));
    }

    private void verifySignature(SignedToken token, PlatformRegistration registration) {
        RSAKey key = platformKeys.key(registration.jwksUri(), token.kid());
        try {
            if (!token.jwt().verify(new RSASSAVerifier(key))) {
                throw new LaunchException(
                        LaunchFailure.BAD_SIGNATURE, "id_token signature does not verify with kid " + token.kid());
            }
        } catch (JOSEException e) {
            throw new LaunchException(LaunchFailure.BAD_SIGNATURE, "cannot verify with kid " + token.kid() + ": " + e);
        }
    }

    /** Core 1.3 §5.4.1: the target_link_uri claim is the one the platform sent with the login. */
    private static void checkTargetLinkUri(LtiClaims claims, PendingLogin login) {
        String target = claims.targetLinkUri();
        if (!target.equals(login.targetLinkUri())) {
            throw LaunchException.invalidClaim(
                    ClaimNames.TARGET_LINK_URI, "is " + target + " but the login was for " + login.targetLinkUri());
        }
    }

    private void takeNonce(SignedToken token, PendingLogin login) {
        Object nonce = token.claims().getClaim("nonce");
        if (!(nonce instanceof String value) || value.isBlank()) {
            throw LaunchException.missingClaim("nonce");
        }
        Instant issuedUntil = nonces.take(value)
                .orElseThrow(() -> new LaunchException(LaunchFailure.NONCE_REPLAYED, "nonce unknown or already used"));
        if (!clock.instant().isBefore(issuedUntil)) {
            throw new LaunchException(LaunchFailure.NONCE_REPLAYED, "nonce expired at " + issuedUntil);
        }
        if (!value.equals(login.nonce())) {
            throw new LaunchException(LaunchFailure.NONCE_MISMATCH, "nonce is not the one issued with this state");
        }
    }
}
