package org.pathwise.lti.keys;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.lti.core.keys.KeyRingToolKeys;
import org.pathwise.lti.core.keys.ToolKeyGenerator;
import org.pathwise.lti.core.keys.ToolKeyRing;
import org.pathwise.lti.core.keys.ToolKeyRingJson;
import org.pathwise.lti.core.keys.ToolKeys;
import org.pathwise.lti.platforms.Sql;
import org.pathwise.tool.platform.ToolDataSource;

/**
 * The tool key ring kept in the database (one row, encrypted at rest — see {@link KeyRingCipher}), generated on
 * first use by whichever node comes first. Each node re-reads it every {@link #REFRESH} so that a rotation made on one
 * node reaches the others. The core's {@link ToolKeys} port over it.
 */
@ApplicationScoped
public class KeyRingStore implements ToolKeys {

    static final Duration REFRESH = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(KeyRingStore.class.getName());

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "pathwise.lti.key-encryption-secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "pathwise.lti.retired-key-hours", defaultValue = "24")
    long retiredKeyHours;

    Clock clock = Clock.systemUTC();
    private Sql sql;
    private KeyRingCipher cipher;
    private KeyRingToolKeys keys;
    private volatile Loaded loaded;

    private record Loaded(ToolKeyRing ring, long version, Instant at) {}

    @PostConstruct
    void init() {
        sql = new Sql(dataSource);
        cipher = new KeyRingCipher(secret);
        keys = new KeyRingToolKeys(this::ring, clock);
        if (!cipher.encrypts()) {
            LOG.warning(
                    "pathwise.lti.key-encryption-secret is not set: the tool's private keys are stored unencrypted");
        }
    }

    @Override
    public RSAKey signingKey() {
        return keys.signingKey();
    }

    @Override
    public JWKSet publishedKeys() {
        return keys.publishedKeys();
    }

    /** The ring as stored now (re-read when older than {@link #REFRESH}). */
    public ToolKeyRing ring() {
        Loaded current = loaded;
        if (current == null || !clock.instant().isBefore(current.at().plus(REFRESH))) {
            current = load();
            loaded = current;
        }
        return current.ring();
    }

    /** Publishes a next key (if there is none yet) that {@link #rotate()} will promote. */
    public ToolKeyRing prepareNext() {
        return change(
                ring -> ring.next().isPresent() ? ring : ring.withNext(ToolKeyGenerator.generate(clock.instant())));
    }

    /**
     * The next key (made now when none was published ahead) starts signing; the old one stays published for
     * {@code pathwise.lti.retired-key-hours}.
     */
    public ToolKeyRing rotate() {
        Instant now = clock.instant();
        return change(ring -> (ring.next().isPresent() ? ring : ring.withNext(ToolKeyGenerator.generate(now)))
                .promoteNext(now.plus(Duration.ofHours(retiredKeyHours)))
                .prune(now));
    }

    private ToolKeyRing change(java.util.function.UnaryOperator<ToolKeyRing> operation) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Loaded current = load();
            ToolKeyRing changed = operation.apply(current.ring());
            int rows = sql.update(
                    "UPDATE lti_key_ring SET ring = ?, version = ?, updated_at = ? WHERE id = 1 AND version = ?",
                    cipher.seal(ToolKeyRingJson.write(changed)),
                    current.version() + 1,
                    clock.millis(),
                    current.version());
            if (rows == 1) {
                loaded = new Loaded(changed, current.version() + 1, clock.instant());
                LOG.info(() -> "Tool key ring changed: signing kid "
                        + changed.current().kid());
                return changed;
            }
        }
        throw new IllegalStateException("the key ring kept changing under this rotation; try again");
    }

    private Loaded load() {
        Optional<Loaded> stored = read();
        if (stored.isPresent()) {
            return stored.get();
        }
        ToolKeyRing fresh = ToolKeyRing.of(ToolKeyGenerator.generate(clock.instant()));
        try {
            sql.update(
                    "INSERT INTO lti_key_ring (id, ring, version, updated_at) VALUES (1, ?, 1, ?)",
                    cipher.seal(ToolKeyRingJson.write(fresh)),
                    clock.millis());
            LOG.info(() ->
                    "Tool key ring created: signing kid " + fresh.current().kid());
            return new Loaded(fresh, 1, clock.instant());
        } catch (IllegalStateException e) {
            if (Sql.isDuplicateKey(e)) {
                return read().orElseThrow(() -> e);
            }
            throw e;
        }
    }

    private Optional<Loaded> read() {
        return sql.one(
                "SELECT ring, version FROM lti_key_ring WHERE id = 1",
                rs -> new Loaded(ToolKeyRingJson.read(cipher.open(rs.getString(1))), rs.getLong(2), clock.instant()));
    }
}
