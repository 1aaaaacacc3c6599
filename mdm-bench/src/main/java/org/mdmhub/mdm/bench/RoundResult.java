package org.mdmhub.mdm.bench;

/**
 * What one round of concurrent creates achieved on one side (API or JDBC).
 *
 * @param storedNanos latency of every stored row (failed writes are counted, not timed)
 */
record RoundResult(String side, String round, int clients, int attempted, long elapsedNanos, long[] storedNanos,
                   String firstFailure) {

    int stored() {
        return storedNanos.length;
    }

    double perSecond() {
        return stored() * 1_000_000_000.0 / elapsedNanos;
    }

    int failures() {
        return attempted - stored();
    }

    LatencyStats latency() {
        return LatencyStats.of(storedNanos);
    }
}
