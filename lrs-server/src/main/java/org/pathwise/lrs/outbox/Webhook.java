package org.pathwise.lrs.outbox;

/**
 * A store's webhook and its delivery state. Instants are epoch milliseconds; 0 or null when not yet.
 *
 * @param deliveredSeq the last statement seq the receiver acknowledged
 * @param attempts failed attempts since the last success
 * @param nextAttemptAt when the dispatcher may try again
 */
public record Webhook(
        long storeId,
        String url,
        String secret,
        boolean enabled,
        long deliveredSeq,
        int attempts,
        long nextAttemptAt,
        Long lastSuccessAt,
        String lastError,
        Long lastErrorAt) {}
