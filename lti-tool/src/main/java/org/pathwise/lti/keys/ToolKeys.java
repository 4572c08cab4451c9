package org.pathwise.lti.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The tool's key pairs. The newest unretired key signs; retired keys stay in the published JWKS for
 * {@link #PUBLISHED_AFTER_RETIREMENT} so that tokens signed with them can still be verified.
 */
@ApplicationScoped
@Transactional
public class ToolKeys {

    static final Duration PUBLISHED_AFTER_RETIREMENT = Duration.ofHours(24);

    @PersistenceContext(unitName = "tool")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** The key that signs now; made on first use. */
    public RSAKey signingKey() {
        return keys().stream()
                .filter(k -> k.getRetiredAt() == null)
                .findFirst()
                .map(ToolKeys::parse)
                .orElseGet(this::generate);
    }

    /** Starts signing with a new key; the old one stays published while its tokens live. */
    public RSAKey rotate() {
        Instant now = Instant.now(clock);
        keys().stream().filter(k -> k.getRetiredAt() == null).forEach(k -> k.retire(now));
        return generate();
    }

    /** The public keys a platform may verify our tokens with. */
    public JWKSet publicJwks() {
        signingKey();
        Instant cutoff = Instant.now(clock).minus(PUBLISHED_AFTER_RETIREMENT);
        return new JWKSet(keys().stream()
                .filter(k -> k.getRetiredAt() == null || k.getRetiredAt().isAfter(cutoff))
                .map(k -> (com.nimbusds.jose.jwk.JWK) parse(k).toPublicJWK())
                .toList());
    }

    private List<ToolKeyEntity> keys() {
        return em.createNamedQuery("ToolKeyEntity.all", ToolKeyEntity.class).getResultList();
    }

    private RSAKey generate() {
        try {
            RSAKey key = new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
            em.persist(new ToolKeyEntity(key.getKeyID(), key.toJSONString(), Instant.now(clock)));
            em.flush();
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("RSA key generation failed", e);
        }
    }

    private static RSAKey parse(ToolKeyEntity entity) {
        try {
            return RSAKey.parse(entity.getJwk());
        } catch (ParseException e) {
            throw new IllegalStateException("Stored key " + entity.getKid() + " is not a valid JWK", e);
        }
    }
}
