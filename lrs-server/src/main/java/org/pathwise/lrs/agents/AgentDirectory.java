package org.pathwise.lrs.agents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pathwise.lrs.documents.KeyHash;
import org.pathwise.lrs.xapi.StrictJson;
import org.pathwise.lrs.xapi.model.Ifi;

/**
 * What a store knows about agents: the names seen with each IFI. Statement ingest calls {@link #record} for the
 * agents of each statement; the Agents resource builds Person objects from it.
 */
@ApplicationScoped
@Transactional
public class AgentDirectory {

    private static final String INSERT_IF_ABSENT = "INSERT INTO lrs_agent (store_id, ifi_hash, ifi_key, names, updated)"
            + " VALUES (?1, ?2, ?3, '[]', ?4) ON DUPLICATE KEY UPDATE id = id";

    @PersistenceContext(unitName = "lrs")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /**
     * Remembers the agent's name under its IFI; joins the caller's transaction and writes only when the name is
     * new. An agent without an IFI (anonymous group) or without a name changes nothing.
     */
    public void record(long storeId, JsonNode agent) {
        Optional<Ifi> ifi = Ifi.of(agent);
        if (ifi.isEmpty() || !agent.path("name").isTextual()) {
            return;
        }
        String name = agent.get("name").asText();
        String hash = KeyHash.of(ifi.get().key());
        if (names(storeId, hash, LockModeType.NONE).contains(name)) {
            return;
        }
        em.createNativeQuery(INSERT_IF_ABSENT)
                .setParameter(1, storeId)
                .setParameter(2, hash)
                .setParameter(3, ifi.get().key())
                .setParameter(4, Instant.now(clock).toEpochMilli())
                .executeUpdate();
        AgentEntity entity =
                entity(storeId, hash, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
        List<String> names = parse(entity.getNames());
        if (!names.contains(name)) {
            names.add(name);
            entity.setNames(write(names), Instant.now(clock));
        }
    }

    /** The Person Object for an agent given by the client (already validated, so it has an IFI). */
    public ObjectNode person(long storeId, JsonNode agent) {
        Ifi ifi = Ifi.of(agent).orElseThrow(() -> new IllegalArgumentException("the agent has no IFI"));
        return Persons.person(agent, names(storeId, KeyHash.of(ifi.key()), LockModeType.NONE));
    }

    private List<String> names(long storeId, String hash, LockModeType lock) {
        return entity(storeId, hash, lock).map(e -> parse(e.getNames())).orElseGet(ArrayList::new);
    }

    private Optional<AgentEntity> entity(long storeId, String hash, LockModeType lock) {
        return em.createNamedQuery("AgentEntity.byKey", AgentEntity.class)
                .setParameter("storeId", storeId)
                .setParameter("ifiHash", hash)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    private static List<String> parse(String json) {
        List<String> names = new ArrayList<>();
        StrictJson.read(json, "names").forEach(n -> names.add(n.asText()));
        return names;
    }

    private static String write(List<String> names) {
        try {
            return StrictJson.mapper().writeValueAsString(names);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serializes", e);
        }
    }
}
