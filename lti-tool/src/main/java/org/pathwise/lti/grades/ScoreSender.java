package org.pathwise.lti.grades;

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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.lti.core.claims.AgsEndpoint;
import org.pathwise.lti.core.services.Score;
import org.pathwise.lti.core.services.ServiceException;
import org.pathwise.lti.platforms.Platform;
import org.pathwise.lti.platforms.PlatformStore;
import org.pathwise.lti.web.LtiServices;

/**
 * Sends queued scores through the AGS client on a schedule ({@code pathwise.lti.score-poll-millis}). A failure is
 * recorded on the row and on the platform (last error) and retried with exponential backoff from
 * {@code pathwise.lti.score-retry-seconds}; after {@code pathwise.lti.score-max-attempts} (or three attempts for an
 * error that retrying will not fix: 403, 404, 422, a rejected score) the row is marked FAILED.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class ScoreSender {

    private static final Logger LOG = Logger.getLogger(ScoreSender.class.getName());
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ScoreQueue queue;

    @Inject
    PlatformStore platforms;

    @Inject
    LtiServices services;

    @Inject
    @ConfigProperty(name = "pathwise.lti.score-poll-millis", defaultValue = "1000")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "pathwise.lti.score-retry-seconds", defaultValue = "2")
    long retrySeconds;

    @Inject
    @ConfigProperty(name = "pathwise.lti.score-max-attempts", defaultValue = "12")
    int maxAttempts;

    Clock clock = Clock.systemUTC();
    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::sendDue, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void sendDue() {
        try {
            List<QueuedScore> due = queue.due(20);
            for (QueuedScore score : due) {
                if (queue.claim(score)) {
                    send(score);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "score queue pass failed: " + e.getMessage(), e);
        }
    }

    private void send(QueuedScore score) {
        Optional<Platform> platform = platforms.byId(score.platformId());
        if (platform.isEmpty()) {
            queue.failed(score.id(), "platform registration " + score.platformId() + " was deleted", null);
            return;
        }
        try {
            AgsEndpoint ags = new AgsEndpoint(
                    List.of(AgsEndpoint.SCOPE_SCORE), Optional.empty(), Optional.of(score.lineItemUrl()));
            services.ags().postScore(platform.get().toRegistration(), ags, score.lineItemUrl(), toScore(score));
            queue.sent(score.id());
        } catch (ServiceException e) {
            failed(score, platform.get(), e.getMessage(), retryable(e));
        } catch (RuntimeException e) {
            failed(score, platform.get(), e.toString(), true);
        }
    }

    private void failed(QueuedScore score, Platform platform, String error, boolean retryable) {
        int attempts = score.attempts() + 1;
        boolean again = attempts < (retryable ? maxAttempts : Math.min(3, maxAttempts));
        Instant retryAt = again ? clock.instant().plus(backoff(attempts)) : null;
        queue.failed(score.id(), error, retryAt);
        platforms.recordError(platform.id(), "score " + score.id() + ": " + error);
        LOG.warning(() -> "Score " + score.id() + " for platform " + platform.id() + " not accepted (attempt "
                + attempts + (again ? ", will retry at " + retryAt : ", giving up") + "): " + error);
    }

    Duration backoff(int attempts) {
        Duration delay = Duration.ofSeconds(retrySeconds).multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }

    private static boolean retryable(ServiceException e) {
        return e.kind() == ServiceException.Kind.UNAVAILABLE
                || e.kind() == ServiceException.Kind.UNAUTHORIZED
                || e.kind() == ServiceException.Kind.INVALID_RESPONSE;
    }

    private static Score toScore(QueuedScore q) {
        return new Score(
                q.userSub(),
                q.scoreGiven() == null ? OptionalDouble.empty() : OptionalDouble.of(q.scoreGiven()),
                q.scoreMaximum() == null ? OptionalDouble.empty() : OptionalDouble.of(q.scoreMaximum()),
                Optional.empty(),
                q.timestamp(),
                Score.ActivityProgress.valueOf(q.activityProgress()),
                Score.GradingProgress.valueOf(q.gradingProgress()));
    }
}
