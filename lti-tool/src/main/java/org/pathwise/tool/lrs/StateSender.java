package org.pathwise.tool.lrs;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the State documents of {@link StateOutbox} every two seconds with {@code PUT /activities/state}, oldest
 * first; a failing or unreachable LRS makes a document back off (the commit that wrote it never waits for the LRS).
 */
@Singleton
public class StateSender {

    private static final Logger LOG = Logger.getLogger(StateSender.class.getName());
    private static final int BATCH = 50;

    @Inject
    StateOutbox outbox;

    @Inject
    LrsClient lrs;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    void tick() {
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "State document delivery failed; will retry", e);
        }
    }

    @Schedule(minute = "19", hour = "*", persistent = false)
    void purge() {
        outbox.purgeDelivered(Duration.ofDays(7));
    }

    /** Sends what is due; stops at the first document the LRS does not take for a reason other than its content. */
    public void drain() {
        for (int round = 0; round < 20; round++) {
            List<StateOutbox.Pending> due = outbox.due(BATCH);
            if (due.isEmpty()) {
                return;
            }
            for (StateOutbox.Pending p : due) {
                LrsClient.Answer answer = lrs.putState(p.activityId(), p.agent(), p.stateId(), p.body());
                if (answer.stored()) {
                    outbox.delivered(p);
                    continue;
                }
                String reason = answer.status() + " " + answer.detail();
                LOG.log(
                        answer.rejected() ? Level.WARNING : Level.FINE,
                        () -> "LRS did not take state " + p.stateId() + " of " + p.activityId() + ": " + reason);
                outbox.retryLater(p, reason);
                if (!answer.rejected()) {
                    return;
                }
            }
        }
    }
}
