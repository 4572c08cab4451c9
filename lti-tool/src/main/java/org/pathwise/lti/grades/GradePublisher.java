package org.pathwise.lti.grades;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.pathwise.lti.core.services.Score;
import org.pathwise.lti.web.LaunchContext;
import org.pathwise.lti.web.LaunchContexts;

/**
 * What the player and the sequencer call to send a score to the LMS gradebook. Scores are queued durably and sent
 * by {@link ScoreSender} (retries with backoff); publishing never blocks on the platform.
 */
@ApplicationScoped
public class GradePublisher {

    private static final Logger LOG = Logger.getLogger(GradePublisher.class.getName());

    @Inject
    ScoreQueue queue;

    @Inject
    LaunchContexts contexts;

    /**
     * Queues a score for the user and placement of this tool session. Empty when the launch carried no line item
     * (the platform does not accept grades for this link, e.g. Moodle's "Accept grades" is off).
     *
     * @param scoreGiven null when only progress is reported; otherwise {@code scoreMaximum} is required
     */
    public Optional<Long> publish(
            String sessionId,
            Double scoreGiven,
            Double scoreMaximum,
            Score.ActivityProgress activityProgress,
            Score.GradingProgress gradingProgress) {
        Optional<LaunchContext> context = contexts.find(sessionId);
        if (context.isEmpty() || context.get().agsLineItem() == null) {
            LOG.fine(() -> "no AGS line item for session; score not sent");
            return Optional.empty();
        }
        LaunchContext c = context.get();
        return Optional.of(publish(
                c.platformId(),
                c.agsLineItem(),
                c.userSub(),
                scoreGiven,
                scoreMaximum,
                activityProgress,
                gradingProgress));
    }

    /** Queues a score for a platform user ({@code sub}) on a line item URL of a registration. */
    public long publish(
            long registrationId,
            String lineItemUrl,
            String userSub,
            Double scoreGiven,
            Double scoreMaximum,
            Score.ActivityProgress activityProgress,
            Score.GradingProgress gradingProgress) {
        if (scoreGiven != null && scoreMaximum == null) {
            throw new IllegalArgumentException("scoreGiven needs scoreMaximum");
        }
        return queue.enqueue(
                registrationId,
                lineItemUrl,
                userSub,
                scoreGiven,
                scoreMaximum,
                activityProgress.name(),
                gradingProgress.name());
    }
}
