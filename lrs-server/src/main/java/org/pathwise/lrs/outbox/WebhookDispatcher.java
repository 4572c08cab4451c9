package org.pathwise.lrs.outbox;

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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.lrs.statements.StatementReader;
import org.pathwise.lrs.statements.StoredStatement;

/**
 * Delivers each store's outbox to its webhook: batches in seq order, signed, at least once. A failure is recorded
 * and retried after an exponential backoff; the next batch goes only after the previous one was acknowledged with
 * a 2xx. A lease on the webhook row keeps two nodes from delivering the same store at once.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    private static final long LEASE_MILLIS = 60_000;
    private static final int BATCHES_PER_TICK = 20;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    WebhookRepository webhooks;

    @Inject
    StatementReader statements;

    @Inject
    @ConfigProperty(name = "pathwise.lrs.webhook.poll-millis", defaultValue = "1000")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "pathwise.lrs.webhook.batch-size", defaultValue = "100")
    int batchSize;

    @Inject
    @ConfigProperty(name = "pathwise.lrs.webhook.backoff-initial-millis", defaultValue = "1000")
    long backoffInitial;

    @Inject
    @ConfigProperty(name = "pathwise.lrs.webhook.backoff-max-millis", defaultValue = "300000")
    long backoffMax;

    private final WebhookClient client = new WebhookClient();
    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = executor.scheduleWithFixedDelay(this::tick, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void tick() {
        try {
            for (Webhook webhook : webhooks.due(System.currentTimeMillis())) {
                long now = System.currentTimeMillis();
                if (webhooks.lease(webhook.storeId(), now, now + LEASE_MILLIS)) {
                    deliver(webhook);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "webhook dispatch failed; next try in " + pollMillis + " ms", e);
        }
    }

    private void deliver(Webhook webhook) {
        long delivered = webhook.deliveredSeq();
        int attempts = webhook.attempts();
        try {
            for (int i = 0; i < BATCHES_PER_TICK; i++) {
                List<StoredStatement> batch = statements.after(webhook.storeId(), delivered, batchSize);
                if (batch.isEmpty()) {
                    break;
                }
                Optional<String> error = client.post(webhook, OutboxFeed.json(webhook.storeId(), delivered, batch));
                long now = System.currentTimeMillis();
                if (error.isPresent()) {
                    long next = now + new Backoff(backoffInitial, backoffMax).delayMillis(attempts + 1);
                    webhooks.failed(webhook.storeId(), attempts + 1, next, error.get(), now);
                    return;
                }
                delivered = batch.get(batch.size() - 1).seq();
                attempts = 0;
                webhooks.delivered(webhook.storeId(), delivered, now);
                if (batch.size() < batchSize) {
                    break;
                }
            }
        } finally {
            webhooks.release(webhook.storeId());
        }
    }
}
