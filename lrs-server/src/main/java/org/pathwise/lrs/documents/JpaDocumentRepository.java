package org.pathwise.lrs.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pathwise.lrs.xapi.XapiErrorKind;
import org.pathwise.lrs.xapi.XapiException;

/** {@link DocumentRepository} on {@code lrs_document}; runs in the caller's transaction. */
@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

    private static final String CONTEXT = "d.storeId = :storeId AND d.kind = :kind"
            + " AND d.activityHash = :activityHash AND d.agentHash = :agentHash";

    @PersistenceContext(unitName = "lrs")
    EntityManager em;

    @Override
    public Optional<Document> find(DocumentKey key) {
        return entity(key, LockModeType.NONE).map(DocumentEntity::toDocument);
    }

    @Override
    public Optional<Document> findForUpdate(DocumentKey key) {
        return entity(key, LockModeType.PESSIMISTIC_WRITE).map(DocumentEntity::toDocument);
    }

    @Override
    public void save(DocumentKey key, Document document) {
        Optional<DocumentEntity> existing = entity(key, LockModeType.PESSIMISTIC_WRITE);
        DocumentEntity entity = existing.orElseGet(() -> new DocumentEntity(key));
        entity.write(document);
        if (existing.isEmpty()) {
            em.persist(entity);
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new XapiException(
                    XapiErrorKind.CONFLICT, key + " was written by another request at the same time; retry", e);
        }
    }

    @Override
    public void delete(DocumentKey key) {
        entity(key, LockModeType.PESSIMISTIC_WRITE).ifPresent(em::remove);
    }

    @Override
    public List<String> ids(DocumentContext context, Optional<Instant> since) {
        String jpql = "SELECT d.documentId FROM DocumentEntity d WHERE " + CONTEXT + registrationFilter(context)
                + (since.isPresent() ? " AND d.updated > :since" : "") + " ORDER BY d.updated, d.id";
        TypedQuery<String> query = bind(em.createQuery(jpql, String.class), context);
        since.ifPresent(s -> query.setParameter("since", s));
        return query.getResultStream().distinct().toList();
    }

    @Override
    public void deleteAll(DocumentContext context) {
        String jpql = "DELETE FROM DocumentEntity d WHERE " + CONTEXT + registrationFilter(context);
        bind(em.createQuery(jpql), context).executeUpdate();
    }

    private Optional<DocumentEntity> entity(DocumentKey key, LockModeType lock) {
        DocumentContext context = key.context();
        return em.createNamedQuery("DocumentEntity.byKey", DocumentEntity.class)
                .setParameter("storeId", context.storeId())
                .setParameter("kind", context.kind().name())
                .setParameter("activityHash", context.activityHash())
                .setParameter("agentHash", context.agentHash())
                .setParameter("registration", context.registrationColumn())
                .setParameter("documentHash", key.documentHash())
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    /** Without a registration, State lists and deletes across registrations (Communication 2.3: "[+ registration]"). */
    private static String registrationFilter(DocumentContext context) {
        return context.registration() == null ? "" : " AND d.registration = :registration";
    }

    private static <Q extends Query> Q bind(Q query, DocumentContext context) {
        query.setParameter("storeId", context.storeId())
                .setParameter("kind", context.kind().name())
                .setParameter("activityHash", context.activityHash())
                .setParameter("agentHash", context.agentHash());
        if (context.registration() != null) {
            query.setParameter("registration", context.registration());
        }
        return query;
    }
}
