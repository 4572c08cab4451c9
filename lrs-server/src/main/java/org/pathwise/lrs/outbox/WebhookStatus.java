package org.pathwise.lrs.outbox;

import java.time.Instant;

/** A webhook as the admin API shows it: never its secret. */
public record WebhookStatus(
        long storeId,
        String url,
        boolean enabled,
        long deliveredSeq,
        int failedAttempts,
        Instant nextAttemptAt,
        Instant lastSuccessAt,
        String lastError,
        Instant lastErrorAt) {

    static WebhookStatus of(Webhook w) {
        return new WebhookStatus(
                w.storeId(),
                w.url(),
                w.enabled(),
                w.deliveredSeq(),
                w.attempts(),
                w.nextAttemptAt() == 0 ? null : Instant.ofEpochMilli(w.nextAttemptAt()),
                w.lastSuccessAt() == null ? null : Instant.ofEpochMilli(w.lastSuccessAt()),
                w.lastError(),
                w.lastErrorAt() == null ? null : Instant.ofEpochMilli(w.lastErrorAt()));
    }
}
