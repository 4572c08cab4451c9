package org.pathwise.player.sequencing;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.pathwise.player.db.Json;
import org.pathwise.scorm.sequencing.SequencingState;

/** The {@code lti_sequencing_state} table: one JSON {@link SequencingState} per learner and package. */
@ApplicationScoped
public class SequencingStore {

    Clock clock = Clock.systemUTC();

    /** The learner's state, locked for the transaction; empty before the first launch. */
    public Optional<SequencingState> lock(Connection c, String learnerId, String packageId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT state FROM lti_sequencing_state WHERE learner_id = ? AND package_id = ? FOR UPDATE")) {
            ps.setString(1, learnerId);
            ps.setString(2, packageId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Json.read(rs.getString(1), SequencingState.class)) : Optional.empty();
            }
        }
    }

    public void save(Connection c, String learnerId, String packageId, SequencingState state) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO lti_sequencing_state"
                + " (learner_id, package_id, state, updated_at) VALUES (?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE state = VALUES(state), updated_at = VALUES(updated_at)")) {
            ps.setString(1, learnerId);
            ps.setString(2, packageId);
            ps.setString(3, Json.write(state));
            ps.setLong(4, clock.millis());
            ps.executeUpdate();
        }
    }
}
