package org.pathwise.pathways.record;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the learner record's background work on the container's managed executors, never on a request thread: the
 * outbox consumer every {@code pathwise.learning.poll-millis}, and a refit check every
 * {@code pathwise.learning.refit-check-seconds}. Only the node holding the {@code learning} lease works; the others
 * keep trying to take it over.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class LearningRunner {

    private static final Logger LOG = Logger.getLogger(LearningRunner.class.getName());
    static final String LEASE = "learning";

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Lease lease;

    @Inject
    FeedConsumer consumer;

    @Inject
    Refitter refitter;

    @Inject
    @ConfigProperty(name = "pathwise.learning.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "pathwise.learning.poll-millis", defaultValue = "1000")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "pathwise.learning.refit-check-seconds", defaultValue = "60")
    long refitSeconds;

    private final AtomicBoolean refitting = new AtomicBoolean();
    private ScheduledFuture<?> consuming;
    private ScheduledFuture<?> fitting;
    private volatile String lastProblem;

    @PostConstruct
    void start() {
        if (!enabled) {
            LOG.info("Learner record consumer disabled (pathwise.learning.enabled=false)");
            return;
        }
        consuming = scheduler.scheduleWithFixedDelay(this::consume, 2000, pollMillis, TimeUnit.MILLISECONDS);
        fitting = scheduler.scheduleWithFixedDelay(this::checkRefit, refitSeconds, refitSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (consuming != null) {
            consuming.cancel(false);
            fitting.cancel(false);
        }
    }

    void consume() {
        try {
            if (lease.acquire(LEASE, Duration.ofSeconds(30))) {
                consumer.poll();
                lastProblem = null;
            }
        } catch (Exception e) {
            String problem = e.getMessage();
            if (!String.valueOf(problem).equals(lastProblem)) {
                LOG.log(Level.WARNING, "Learner record: reading the LRS outbox failed, will retry: " + problem);
            }
            lastProblem = problem;
        }
    }

    void checkRefit() {
        try {
            if (lease.acquire(LEASE, Duration.ofSeconds(30))
                    && refitter.due()
                    && refitting.compareAndSet(false, true)) {
                executor.submit(() -> {
                    try {
                        refitter.refit();
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Learner model refit failed; keeping the previous parameters", e);
                    } finally {
                        refitting.set(false);
                    }
                });
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Learner model refit check failed", e);
        }
    }
}
