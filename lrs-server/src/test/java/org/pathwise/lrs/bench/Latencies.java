package org.pathwise.lrs.bench;

import java.util.Arrays;

/** Percentiles of a set of request latencies, in milliseconds. */
record Latencies(int count, double p50, double p95, double max) {

    static Latencies of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, pick(sorted, 0.50), pick(sorted, 0.95), sorted[sorted.length - 1] / 1e6);
    }

    private static double pick(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }
}
