package org.mdmhub.mdm.bench;

import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * What one round of workflows achieved on one side (API or JDBC).
 *
 * @param startNanos    latency of each record's start step (submit / first transaction), -1 where it failed
 * @param completeNanos latency of each record's completion step (approve / second transaction), -1 where it failed
 */
record WorkflowRoundResult(String side, String round, int clients, int attempted, long elapsedNanos,
                           long[] startNanos, long[] completeNanos, String firstFailure,
                           SystemLoad before, SystemLoad after) {

    /** Records that went all the way (both steps succeeded). */
    int completed() {
        return (int) IntStream.range(0, attempted).filter(i -> startNanos[i] >= 0 && completeNanos[i] >= 0).count();
    }

    int failures() {
        return attempted - completed();
    }

    /** Completed records (processes started and completed) per second of wall time. */
    double perSecond() {
        return completed() * 1_000_000_000.0 / elapsedNanos;
    }

    LatencyStats start() {
        return LatencyStats.of(LongStream.of(startNanos).filter(nanos -> nanos >= 0).toArray());
    }

    LatencyStats complete() {
        return LatencyStats.of(LongStream.of(completeNanos).filter(nanos -> nanos >= 0).toArray());
    }

    /** Mean time one client spent on one completed record (start + completion), in nanoseconds. */
    double meanRecordNanos() {
        return IntStream.range(0, attempted).filter(i -> startNanos[i] >= 0 && completeNanos[i] >= 0)
                .mapToLong(i -> startNanos[i] + completeNanos[i]).average().orElse(0);
    }
}
