package org.pathwise.lti.core.keys;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rotation state of the tool keys: the {@code current} signing key, an optional {@code next} key that is already
 * published but not yet used (publish before signing), and {@code retired} keys published until a date.
 * Immutable: each operation returns the new state, which the container stores (encrypted, in the database).
 */
public record ToolKeyRing(ToolKey current, Optional<ToolKey> next, List<RetiredKey> retired) {
    public ToolKeyRing {
        retired = List.copyOf(retired);
        List<String> kids = Stream.concat(
                        Stream.concat(Stream.of(current), next.stream()),
                        retired.stream().map(RetiredKey::key))
                .map(ToolKey::kid)
                .toList();
        if (new HashSet<>(kids).size() != kids.size()) {
            throw new IllegalArgumentException("kids in a key ring must be unique: " + kids);
        }
    }

    public static ToolKeyRing of(ToolKey current) {
        return new ToolKeyRing(current, Optional.empty(), List.of());
    }

    /** Publishes a key that will sign after {@link #promoteNext}. */
    public ToolKeyRing withNext(ToolKey key) {
        return new ToolKeyRing(current, Optional.of(key), retired);
    }

    /** The next key starts signing; the current one stays published until {@code keepPreviousUntil}. */
    public ToolKeyRing promoteNext(Instant keepPreviousUntil) {
        ToolKey promoted = next.orElseThrow(() -> new IllegalStateException("no next key to promote"));
        List<RetiredKey> nowRetired = new ArrayList<>(retired);
        nowRetired.add(new RetiredKey(current, keepPreviousUntil));
        return new ToolKeyRing(promoted, Optional.empty(), nowRetired);
    }

    /** Drops retired keys whose publication date has passed. */
    public ToolKeyRing prune(Instant now) {
        return new ToolKeyRing(
                current,
                next,
                retired.stream().filter(r -> now.isBefore(r.publishedUntil())).toList());
    }

    /** The keys to publish at {@code now}: current, next, and retired keys not yet past their date. */
    public List<ToolKey> published(Instant now) {
        return Stream.concat(
                        Stream.concat(Stream.of(current), next.stream()),
                        prune(now).retired().stream().map(RetiredKey::key))
                .toList();
    }

    /** The public JWKS to serve at {@code /.well-known/jwks.json}; private parts are never included. */
    public JWKSet publicJwks(Instant now) {
        return new JWKSet(
                published(now).stream().map(key -> (JWK) key.publicJwk()).toList());
    }
}
