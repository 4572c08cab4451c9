package org.pathwise.tool.lrs;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox every two seconds: a batch at a time; a batch the LRS rejects is retried one statement at a
 * time so that one bad statement does not hold back the others; an unreachable or failing LRS makes the batch back off.
 * Statement ids are fixed when enqueued, so a statement delivered twice (e.g. by two nodes) is stored once.
 */
@Singleton
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 50;

    @Inject
    StatementOutbox outbox;

    @Inject
    LrsClient lrs;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    void tick() {
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Statement delivery failed; will retry", e);
        }
    }

    @Schedule(minute = "17", hour = "*", persistent = false)
    void purge() {
        outbox.purgeDelivered(Duration.ofDays(7));
    }

    /** Sends what is due until nothing is or the LRS stops accepting. */
    public void drain() {
        for (int round = 0; round < 20; round++) {
            List<StatementOutbox.Pending> due = outbox.due(BATCH);
            if (due.isEmpty() || !send(due)) {
                return;
            }
        }
    }

    private boolean send(List<StatementOutbox.Pending> batch) {
        LrsClient.Answer answer =
                lrs.post(batch.stream().map(StatementOutbox.Pending::body).toList());
        if (answer.stored()) {
            outbox.delivered(batch);
            return true;
        }
        if (answer.rejected() && batch.size() > 1) {
            batch.forEach(p -> send(List.of(p)));
            return true;
        }
        String reason = answer.status() + " " + answer.detail();
        LOG.log(
                answer.rejected() ? Level.WARNING : Level.FINE,
                () -> "LRS did not take " + batch.size() + " statement(s): " + reason);
        outbox.retryLater(batch, reason);
        return false;
    }
}
