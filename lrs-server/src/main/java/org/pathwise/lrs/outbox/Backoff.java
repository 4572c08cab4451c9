package org.pathwise.lrs.outbox;

/**
 * Exponential backoff between failed deliveries: {@code initial * 2^(attempts-1)}, capped at {@code max}.
 *
 * @param initialMillis the wait after the first failure
 * @param maxMillis the longest wait
 */
public record Backoff(long initialMillis, long maxMillis) {

    /** @param attempts failed attempts so far, at least 1 */
    public long delayMillis(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        long delay = initialMillis << doublings;
        return delay <= 0 || delay > maxMillis ? maxMillis : delay;
    }
}
