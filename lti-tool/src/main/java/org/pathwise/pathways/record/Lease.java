package org.pathwise.pathways.record;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.pathwise.player.db.Tx;
import org.pathwise.tool.platform.ToolDataSource;

/**
 * A lease row per background job ({@code lti_learning_lease}): the node holding an unexpired lease runs the job, the
 * others wait; a node that stops renewing loses it when it expires, and another node takes over.
 */
@ApplicationScoped
public class Lease {

    /** This node's identity for the leases (one per application start). */
    final String holder = UUID.randomUUID().toString();

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    Clock clock = Clock.systemUTC();

    /** Takes or renews the lease; true when this node holds it for {@code length} from now. */
    public boolean acquire(String name, Duration length) {
        long now = clock.millis();
        return Tx.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT IGNORE INTO lti_learning_lease (name, holder, expires_at) VALUES (?, ?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, holder);
                ps.setLong(3, now + length.toMillis());
                if (ps.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE lti_learning_lease SET holder = ?, expires_at = ?"
                    + " WHERE name = ? AND (holder = ? OR expires_at < ?)")) {
                ps.setString(1, holder);
                ps.setLong(2, now + length.toMillis());
                ps.setString(3, name);
                ps.setString(4, holder);
                ps.setLong(5, now);
                return ps.executeUpdate() == 1;
            }
        });
    }

    public String holder() {
        return holder;
    }
}
