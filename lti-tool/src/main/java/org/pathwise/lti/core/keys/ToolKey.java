package org.pathwise.lti.core.keys;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;
import java.util.Objects;

/** One tool RSA key pair (private part included) with its kid and creation time. */
public record ToolKey(RSAKey jwk, Instant createdAt) {
    public ToolKey {
        Objects.requireNonNull(jwk.getKeyID(), "a tool key needs a kid");
        if (!jwk.isPrivate()) {
            throw new IllegalArgumentException("a tool key needs its private part: kid " + jwk.getKeyID());
        }
    }

    public String kid() {
        return jwk.getKeyID();
    }

    /** The public half, as published in the JWKS. */
    public RSAKey publicJwk() {
        return jwk.toPublicJWK();
    }
}
