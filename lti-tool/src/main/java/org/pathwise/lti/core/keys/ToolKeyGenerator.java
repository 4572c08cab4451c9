package org.pathwise.lti.core.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Instant;

/** Generates RSA 2048 signing keys; the kid is the key's RFC 7638 thumbprint, so kids are unique per key. */
public final class ToolKeyGenerator {
    public static final int KEY_SIZE = 2048;

    private ToolKeyGenerator() {}

    public static ToolKey generate(Instant createdAt) {
        try {
            return new ToolKey(
                    new RSAKeyGenerator(KEY_SIZE)
                            .keyUse(KeyUse.SIGNATURE)
                            .algorithm(JWSAlgorithm.RS256)
                            .keyIDFromThumbprint(true)
                            .generate(),
                    createdAt);
        } catch (JOSEException e) {
            throw new IllegalStateException("RSA key generation is not available", e);
        }
    }
}
