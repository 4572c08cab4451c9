package org.pathwise.lrs.statements;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.pathwise.lrs.activities.ActivityDefinitionMerge;
import org.pathwise.lrs.documents.KeyHash;
import org.pathwise.lrs.platform.LrsDataSource;
import org.pathwise.lrs.xapi.StrictJson;
import org.pathwise.lrs.xapi.model.Ifi;

/**
 * Which activity definitions and agent names of an ingested batch would change the store's directories: one
 * {@code SELECT} per directory for the whole batch, so that the per-item upsert (a transaction each) runs only for
 * what is new. Almost every statement of a busy store repeats known activities and learners, and looking each one
 * up on its own was most of the ingest time. The checks are the same early returns as
 * {@code ActivityDefinitionStore.upsert} and {@code AgentDirectory.record}, which still decide under their lock.
 */
@ApplicationScoped
public class DirectoryChanges {

    /** How many (store, agent, name) triples {@link #knownNames} holds before it starts again. */
    private static final int KNOWN_NAMES = 50_000;

    @Resource(lookup = LrsDataSource.JNDI)
    DataSource dataSource;

    /**
     * Names this node found in the agent directory. The directory only ever adds names, so a name once found stays
     * there: batches of known learners skip the lookup. Bounded; cleared when full.
     */
    private final Map<String, Boolean> knownNames = new java.util.concurrent.ConcurrentHashMap<>();

    /** The subset of {@code definitions} (activity id to definition) that the canonical definitions lack. */
    public Map<String, JsonNode> newDefinitions(long storeId, Map<String, JsonNode> definitions) {
        Map<String, JsonNode> candidates = new LinkedHashMap<>();
        Map<String, String> hashes = new HashMap<>();
        definitions.forEach((id, definition) -> {
            if (definition instanceof ObjectNode o && !o.isEmpty()) {
                candidates.put(id, definition);
                hashes.put(id, KeyHash.of(id));
            }
        });
        if (candidates.isEmpty()) {
            return candidates;
        }
        Map<String, String> known = known(
                "SELECT activity_hash, definition FROM lrs_activity WHERE store_id = ? AND activity_hash IN (",
                storeId,
                hashes.values());
        Map<String, JsonNode> changes = new LinkedHashMap<>();
        candidates.forEach((id, definition) -> {
            String stored = known.get(hashes.get(id));
            ObjectNode canonical = stored == null ? null : (ObjectNode) StrictJson.read(stored, "definition");
            if (canonical == null
                    || canonical.isEmpty()
                    || !ActivityDefinitionMerge.merge(canonical, (ObjectNode) definition)
                            .equals(canonical)) {
                changes.put(id, definition);
            }
        });
        return changes;
    }

    /** The agents (with an IFI and a name) whose name the agent directory does not have yet. */
    public List<JsonNode> newNames(long storeId, List<JsonNode> agents) {
        Map<JsonNode, String> hashes = new LinkedHashMap<>();
        for (JsonNode agent : agents) {
            Ifi.of(agent)
                    .filter(i -> agent.path("name").isTextual())
                    .map(i -> KeyHash.of(i.key()))
                    .filter(hash -> !knownNames.containsKey(nameKey(storeId, hash, agent)))
                    .ifPresent(hash -> hashes.put(agent, hash));
        }
        if (hashes.isEmpty()) {
            return List.of();
        }
        Map<String, String> known = known(
                "SELECT ifi_hash, names FROM lrs_agent WHERE store_id = ? AND ifi_hash IN (", storeId, hashes.values());
        List<JsonNode> changes = new ArrayList<>();
        hashes.forEach((agent, hash) -> {
            String names = known.get(hash);
            String name = agent.get("name").asText();
            boolean seen = false;
            if (names != null) {
                for (JsonNode n : StrictJson.read(names, "names")) {
                    seen |= name.equals(n.asText());
                }
            }
            if (seen) {
                if (knownNames.size() >= KNOWN_NAMES) {
                    knownNames.clear();
                }
                knownNames.put(nameKey(storeId, hash, agent), Boolean.TRUE);
            } else {
                changes.add(agent);
            }
        });
        return changes;
    }

    private static String nameKey(long storeId, String hash, JsonNode agent) {
        return storeId + " " + hash + " " + agent.get("name").asText();
    }

    private Map<String, String> known(String select, long storeId, java.util.Collection<String> hashes) {
        List<String> distinct = hashes.stream().distinct().toList();
        Map<String, String> known = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(select + Sql.placeholders(distinct.size()) + ")")) {
            ps.setLong(1, storeId);
            for (int i = 0; i < distinct.size(); i++) {
                ps.setString(i + 2, distinct.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the activity and agent directories failed: " + e.getMessage(), e);
        }
        return known;
    }
}
