package org.pathwise.lti.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.lti.platforms.Sql;
import org.pathwise.tool.platform.ToolDataSource;
import org.pathwise.tool.session.LaunchHandles;

/**
 * Purges expired login states, nonces, tool sessions, launch contexts and one-time launch handles every
 * {@code pathwise.lti.housekeeping-seconds} (ten minutes by default). Any node may do it: each purge is one
 * {@code DELETE ... WHERE expires_at < now}.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DbStateStore states;

    @Inject
    DbNonceStore nonces;

    @Inject
    LaunchContexts contexts;

    @Inject
    LaunchHandles handles;

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "pathwise.lti.housekeeping-seconds", defaultValue = "600")
    long intervalSeconds;

    Clock clock = Clock.systemUTC();
    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        long interval = Math.max(1, intervalSeconds);
        task = scheduler.scheduleWithFixedDelay(this::purge, Math.min(60, interval), interval, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void purge() {
        try {
            int purged = states.purgeExpired()
                    + nonces.purgeExpired()
                    + contexts.purgeExpired()
                    + purgeSessions()
                    + handles.purgeExpired();
            LOG.fine(() -> "purged " + purged + " expired LTI rows");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "purging expired LTI rows failed: " + e.getMessage());
        }
    }

    /** Tool sessions past their end (table {@code lti_session}, written by {@code tool.session.ToolSessions}). */
    int purgeSessions() {
        return new Sql(dataSource).update("DELETE FROM lti_session WHERE expires_at < ?", clock.millis());
    }
}
