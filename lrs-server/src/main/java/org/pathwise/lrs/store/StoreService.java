package org.pathwise.lrs.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pathwise.lrs.platform.ApiException;
import org.pathwise.lrs.platform.ApiException.Kind;

/** Creates and finds stores and their credentials. */
@ApplicationScoped
@Transactional
public class StoreService {

    @PersistenceContext(unitName = "lrs")
    EntityManager em;

    @Inject
    Event<CredentialChanged> changes;

    Clock clock = Clock.systemUTC();

    public Store createStore(String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new ApiException(Kind.BAD_REQUEST, "name: required, 1 to 100 characters");
        }
        if (findStore(name).isPresent()) {
            throw new ApiException(Kind.CONFLICT, "name: a store named '" + name + "' already exists");
        }
        StoreEntity store = new StoreEntity(name, Instant.now(clock));
        em.persist(store);
        em.flush();
        return store.toStore();
    }

    public Optional<Store> findStore(String name) {
        return em.createNamedQuery("StoreEntity.byName", StoreEntity.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .map(StoreEntity::toStore);
    }

    public Store getStore(long id) {
        StoreEntity store = em.find(StoreEntity.class, id);
        if (store == null) {
            throw new ApiException(Kind.NOT_FOUND, "no store with id " + id);
        }
        return store.toStore();
    }

    public List<Store> stores() {
        return em.createNamedQuery("StoreEntity.all", StoreEntity.class)
                .getResultStream()
                .map(StoreEntity::toStore)
                .toList();
    }

    /** A new credential; the returned secret is shown once and stored only as a hash. */
    public IssuedCredential issueCredential(long storeId, Set<String> scopes, String label) {
        getStore(storeId);
        String secret = Secrets.newSecret();
        CredentialEntity entity = new CredentialEntity(
                storeId, Secrets.newKey(), Secrets.hash(secret), canonicalScopes(scopes), label, Instant.now(clock));
        em.persist(entity);
        return new IssuedCredential(entity.toCredential(), secret);
    }

    /** Creates or updates a credential with a key and secret chosen by the operator (the demo credential). */
    public Credential putCredential(long storeId, String key, String secret, Set<String> scopes, String label) {
        Optional<CredentialEntity> existing = findEntity(key);
        if (existing.isPresent()) {
            CredentialEntity entity = existing.get();
            entity.setSecretHash(Secrets.hash(secret));
            entity.setScopes(canonicalScopes(scopes));
            entity.restore();
            changes.fire(new CredentialChanged(key));
            return entity.toCredential();
        }
        CredentialEntity entity = new CredentialEntity(
                storeId, key, Secrets.hash(secret), canonicalScopes(scopes), label, Instant.now(clock));
        em.persist(entity);
        return entity.toCredential();
    }

    public List<Credential> credentials(long storeId) {
        getStore(storeId);
        return em.createNamedQuery("CredentialEntity.byStore", CredentialEntity.class)
                .setParameter("storeId", storeId)
                .getResultStream()
                .map(CredentialEntity::toCredential)
                .toList();
    }

    public Credential revoke(String key) {
        CredentialEntity entity =
                findEntity(key).orElseThrow(() -> new ApiException(Kind.NOT_FOUND, "no credential with key " + key));
        entity.revoke(Instant.now(clock));
        changes.fire(new CredentialChanged(key));
        return entity.toCredential();
    }

    /** The active credential with this key and secret, if any. */
    public Optional<Credential> authenticate(String key, String secret) {
        return verify(key, secret).filter(Credential::active);
    }

    /** The credential with this key and secret, active or revoked, if any. */
    public Optional<Credential> verify(String key, String secret) {
        return findEntity(key)
                .filter(c -> Secrets.matches(secret, c.getSecretHash()))
                .map(CredentialEntity::toCredential);
    }

    private Optional<CredentialEntity> findEntity(String key) {
        return em.createNamedQuery("CredentialEntity.byKey", CredentialEntity.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    private static Set<String> canonicalScopes(Set<String> scopes) {
        if (scopes == null || scopes.isEmpty()) {
            throw new ApiException(Kind.BAD_REQUEST, "scopes: at least one xAPI scope is required");
        }
        try {
            return Scope.parseAll(scopes).stream().map(Scope::value).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new ApiException(Kind.BAD_REQUEST, "scopes: " + e.getMessage());
        }
    }
}
