package org.pathwise.lrs.activities;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.pathwise.lrs.documents.KeyHash;
import org.pathwise.lrs.xapi.StrictJson;
import org.pathwise.lrs.xapi.format.ActivityDefinitions;

/**
 * The canonical Activity definitions of each store. Statement ingest calls {@link #upsert} for every activity that
 * comes with a definition (only when the credential may define, scope {@code define}, per Communication 4.2 of
 * 1.0.3); the Activities resource and the {@code canonical} statement format read them back.
 */
@ApplicationScoped
@Transactional
public class ActivityDefinitionStore {

    private static final String INSERT_IF_ABSENT = "INSERT INTO lrs_activity"
            + " (store_id, activity_hash, activity_id, definition, updated) VALUES (?1, ?2, ?3, '{}', ?4)"
            + " ON DUPLICATE KEY UPDATE id = id";

    @PersistenceContext(unitName = "lrs")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /**
     * Merges {@code definition} into the store's canonical definition of the activity (see
     * {@link ActivityDefinitionMerge}); joins the caller's transaction. Safe under concurrent ingest of the same
     * activity: the row is created idempotently, then updated under a lock. A null, empty or non-object definition
     * changes nothing.
     */
    public void upsert(long storeId, String activityId, JsonNode definition) {
        if (!(definition instanceof ObjectNode incoming) || incoming.isEmpty()) {
            return;
        }
        Optional<ObjectNode> known = find(storeId, activityId);
        if (known.isPresent()
                && ActivityDefinitionMerge.merge(known.get(), incoming).equals(known.get())) {
            return;
        }
        String hash = KeyHash.of(activityId);
        em.createNativeQuery(INSERT_IF_ABSENT)
                .setParameter(1, storeId)
                .setParameter(2, hash)
                .setParameter(3, activityId)
                .setParameter(4, Instant.now(clock).toEpochMilli())
                .executeUpdate();
        ActivityEntity entity =
                entity(storeId, hash, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
        ObjectNode merged = ActivityDefinitionMerge.merge(parse(entity.getDefinition()), incoming);
        entity.setDefinition(write(merged), Instant.now(clock));
    }

    /** The canonical definition, if any statement brought one. */
    public Optional<ObjectNode> find(long storeId, String activityId) {
        return entity(storeId, KeyHash.of(activityId), LockModeType.NONE)
                .map(e -> parse(e.getDefinition()))
                .filter(d -> !d.isEmpty());
    }

    /** The Activity Object the Activities resource returns: id, and the canonical definition when there is one. */
    public ObjectNode activity(long storeId, String activityId) {
        ObjectNode activity = JsonNodeFactory.instance.objectNode();
        activity.put("objectType", "Activity");
        activity.put("id", activityId);
        find(storeId, activityId).ifPresent(d -> activity.set("definition", d));
        return activity;
    }

    /** The store's definitions as the statement formatter's port, for {@code format=canonical}. */
    public ActivityDefinitions definitions(long storeId) {
        return activityId -> find(storeId, activityId).map(JsonNode.class::cast);
    }

    private Optional<ActivityEntity> entity(long storeId, String hash, LockModeType lock) {
        return em.createNamedQuery("ActivityEntity.byKey", ActivityEntity.class)
                .setParameter("storeId", storeId)
                .setParameter("activityHash", hash)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    private static ObjectNode parse(String json) {
        return (ObjectNode) StrictJson.read(json, "definition");
    }

    private static String write(ObjectNode definition) {
        try {
            return StrictJson.mapper().writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
