package org.mdmhub.mdm.bench;

import java.util.Arrays;

/** Percentiles of a set of latencies, in nanoseconds (nearest-rank on a sorted copy: exact, no histogram). */
record LatencyStats(int count, long p50, long p90, long p95, long p99, long max) {

    static LatencyStats of(long[] nanos) {
        if (nanos.length == 0) {
            return new LatencyStats(0, 0, 0, 0, 0, 0);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LatencyStats(sorted.length, rank(sorted, 50), rank(sorted, 90), rank(sorted, 95),
                rank(sorted, 99), sorted[sorted.length - 1]);
    }

    /** The smallest value that at least {@code percent} % of the samples do not exceed. */
    private static long rank(long[] sorted, double percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
