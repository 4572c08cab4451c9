package org.pathwise.lti.core.login;

import java.time.Instant;
import java.util.Optional;

/**
 * What the tool remembers between the login and the launch, keyed by {@code state}. The login's hints are kept so
 * that the same login can be started again in a new window when the browser refused the state cookie in the frame.
 */
public record PendingLogin(
        String issuer,
        String clientId,
        String nonce,
        String targetLinkUri,
        Optional<String> storageTarget,
        Instant expiresAt,
        Optional<String> loginHint,
        Optional<String> messageHint,
        Optional<String> deploymentIdHint) {

    /** A pending login without the hints (they only serve to start the login again). */
    public PendingLogin(
            String issuer,
            String clientId,
            String nonce,
            String targetLinkUri,
            Optional<String> storageTarget,
            Instant expiresAt) {
        this(
                issuer,
                clientId,
                nonce,
                targetLinkUri,
                storageTarget,
                expiresAt,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
