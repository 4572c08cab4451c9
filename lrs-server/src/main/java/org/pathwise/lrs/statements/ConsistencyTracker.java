package org.pathwise.lrs.statements;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Knows up to when the statements of this node are all visible, for {@code X-Experience-API-Consistent-Through}: a
 * write registers before it takes its seq and stored range (its {@code stored} will be later than that), so the
 * answer is just before the oldest write still in flight, or now when there is none. Queries stop at the store's
 * watermark ({@code SeqRanges}), which lies below every statement of a write still in flight, so every statement
 * stored at or before this instant is below it.
 */
@ApplicationScoped
public class ConsistencyTracker {
    private final Map<Long, Long> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong tokens = new AtomicLong();
    Clock clock = Clock.systemUTC();

    /** @return a token for {@link #end(long)} */
    public long begin() {
        long token = tokens.incrementAndGet();
        inFlight.put(token, nowMicros());
        return token;
    }

    public void end(long token) {
        inFlight.remove(token);
    }

    public long nowMicros() {
        return StoredTime.micros(clock.instant());
    }

    /** Epoch micros through which every accepted statement is visible. */
    public long consistentThrough() {
        long now = nowMicros();
        return inFlight.values().stream().mapToLong(v -> v - 1).min().orElse(now);
    }
}
