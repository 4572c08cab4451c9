package org.pathwise.player.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.pathwise.scorm.manifest.SharedDataMap;
import org.pathwise.scorm.runtime.UnitSettings;

/**
 * The {@code lti_shared_data} table: SCORM 2004 4th Edition shared data stores ({@code adl.data.n.store}), one per
 * learner, package and targetID. A SCO reads the stores its {@code adlcp:map} lets it read; a commit writes only the
 * stores its map lets it write, at most {@link #MAX_STORE} characters each (the SPM of {@code adl.data.n.store}).
 */
@ApplicationScoped
public class SharedDataStore {

    /** SCORM 2004 4th Edition: characterstring, SPM 64000. */
    public static final int MAX_STORE = 64000;

    private static final Logger LOG = Logger.getLogger(SharedDataStore.class.getName());

    Clock clock = Clock.systemUTC();

    /** The stores the unit may read (targetID → store), only those written before. */
    public Map<String, String> readable(Connection c, String learnerId, String packageId, List<SharedDataMap> maps)
            throws SQLException {
        Map<String, String> stores = new LinkedHashMap<>();
        for (SharedDataMap m : maps) {
            if (!m.readSharedData()) {
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT store FROM lti_shared_data"
                    + " WHERE learner_id = ? AND package_id = ? AND target_id = ?")) {
                ps.setString(1, learnerId);
                ps.setString(2, packageId);
                ps.setString(3, m.targetId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        stores.put(m.targetId(), rs.getString(1));
                    }
                }
            }
        }
        return stores;
    }

    /** Writes the stores of a commit that the unit may write; others (and over-long ones) are ignored and logged. */
    public void write(Connection c, String learnerId, String packageId, UnitSettings unit, Map<String, String> stores)
            throws SQLException {
        for (Map.Entry<String, String> e : stores.entrySet()) {
            if (!unit.writesSharedData(e.getKey())) {
                LOG.fine(() -> "ignored a write to shared data " + e.getKey() + " the SCO may not write");
                continue;
            }
            if (e.getValue().length() > MAX_STORE) {
                LOG.warning(() -> "ignored shared data " + e.getKey() + " longer than " + MAX_STORE + " characters");
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO lti_shared_data"
                    + " (learner_id, package_id, target_id, store, updated_at) VALUES (?, ?, ?, ?, ?)"
                    + " ON DUPLICATE KEY UPDATE store = VALUES(store), updated_at = VALUES(updated_at)")) {
                ps.setString(1, learnerId);
                ps.setString(2, packageId);
                ps.setString(3, e.getKey());
                ps.setString(4, e.getValue());
                ps.setLong(5, clock.millis());
                ps.executeUpdate();
            }
        }
    }
}
