package org.mdmhub.mdm.bench;

import java.time.Duration;
import java.util.Map;

/**
 * One step of the mixed load at a constant arrival rate. Latencies run from each operation's due time (an
 * approval's second request from when it was sent, right after the first answered) and include failed requests.
 *
 * @param operations      operations scheduled: each is one request, an approval two
 * @param latency         per kind of request, in {@link MixedLoad.Kind} order
 * @param overall         every request of the step
 * @param release         a whole approval: from the submit's due time to the approve's answer
 * @param failures        non-2xx answers and requests without an answer (status 0), by "kind status"
 * @param skipped         edits and approvals that found no free draft and sent nothing
 * @param sentRate        operations per second actually sent (below the rate: the generator lagged)
 * @param maxSendLagNanos the furthest a send fell behind its schedule
 * @param serverCpuMillis CPU time of the server's JVM during the step; -1 when not measured
 */
record MixedStepResult(String name, int rate, Duration duration, int operations,
                       Map<MixedLoad.Kind, LatencyStats> latency, LatencyStats overall, LatencyStats release,
                       Map<String, Integer> failures, int skipped, double sentRate, long maxSendLagNanos,
                       String firstFailure, SystemLoad before, SystemLoad after, long serverCpuMillis) {

    int failureCount() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    boolean meets(double p99TargetMs) {
        return failureCount() == 0 && overall.count() > 0 && LatencyStats.millis(overall.p99()) < p99TargetMs;
    }

    /** Server CPU as a share of one core over the step; negative when not measured. */
    double serverCores() {
        return serverCpuMillis < 0 ? -1 : serverCpuMillis / (double) duration.toMillis();
    }
}
