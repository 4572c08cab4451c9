package org.pathwise.lti.core.keys;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Clock;
import java.util.function.Supplier;

/** {@link ToolKeys} over a key ring the container loads (and may reload after a rotation). */
public final class KeyRingToolKeys implements ToolKeys {
    private final Supplier<ToolKeyRing> ring;
    private final Clock clock;

    public KeyRingToolKeys(Supplier<ToolKeyRing> ring, Clock clock) {
        this.ring = ring;
        this.clock = clock;
    }

    @Override
    public RSAKey signingKey() {
        return ring.get().current().jwk();
    }

    @Override
    public JWKSet publishedKeys() {
        return ring.get().publicJwks(clock.instant());
    }
}
