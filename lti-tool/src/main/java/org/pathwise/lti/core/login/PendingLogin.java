package org.pathwise.lti.core.login;

import java.time.Instant;
import java.util.Optional;

/** What the tool remembers between the login and the launch, keyed by {@code state}. */
public record PendingLogin(
        String issuer,
        String clientId,
        String nonce,
        String targetLinkUri,
        Optional<String> storageTarget,
        Instant expiresAt) {}
