package org.pathwise.player.cmi5;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.pathwise.player.db.Tx;
import org.pathwise.tool.platform.ToolDataSource;

/**
 * Every 15 seconds, takes in what the LRS holds for sessions launched in the last day that are still open, so that
 * "satisfied" goes out even when the learner closes the window and never comes back.
 */
@Singleton
public class Cmi5Sync {

    private static final Logger LOG = Logger.getLogger(Cmi5Sync.class.getName());

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    @Inject
    Cmi5Repository repository;

    @Inject
    Cmi5Enrollments enrollments;

    @Inject
    Cmi5Progress progress;

    Clock clock = Clock.systemUTC();

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void tick() {
        try {
            List<SessionRow> open = Tx.read(
                    dataSource,
                    c -> repository.fetchedOpenSessions(c, clock.instant().minus(Duration.ofDays(1))));
            for (SessionRow s : open) {
                Tx.run(dataSource, c -> {
                    var e = enrollments.find(c, s.registration());
                    if (e.isPresent()) {
                        progress.refresh(c, e.get(), s);
                    }
                    return null;
                });
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cmi5 session check failed; will retry", e);
        }
    }
}
