package org.mdmhub.mdm.bench;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.LongStream;

/** The measured create rounds of both sides and what they add up to. */
record CreateComparison(List<RoundResult> jdbc, List<RoundResult> api) {

    double jdbcMedian() {
        return median(jdbc, RoundResult::perSecond);
    }

    double apiMedian() {
        return median(api, RoundResult::perSecond);
    }

    double jdbcMean() {
        return jdbc.stream().mapToDouble(RoundResult::perSecond).average().orElse(0);
    }

    double apiMean() {
        return api.stream().mapToDouble(RoundResult::perSecond).average().orElse(0);
    }

    /** API creates/s ÷ JDBC inserts/s, medians over the rounds. */
    double ratio() {
        return apiMedian() / jdbcMedian();
    }

    /** API create latency over all measured rounds together (per-round stats cannot be averaged). */
    LatencyStats apiLatency() {
        return pooledLatency(api);
    }

    LatencyStats jdbcLatency() {
        return pooledLatency(jdbc);
    }

    int apiFailures() {
        return api.stream().mapToInt(RoundResult::failures).sum();
    }

    int jdbcFailures() {
        return jdbc.stream().mapToInt(RoundResult::failures).sum();
    }

    /** Percentiles over the samples of all rounds together (percentiles of rounds cannot be averaged). */
    private static LatencyStats pooledLatency(List<RoundResult> rounds) {
        return LatencyStats.of(rounds.stream().flatMapToLong(round -> LongStream.of(round.storedNanos())).toArray());
    }

    private static double median(List<RoundResult> rounds, ToDoubleFunction<RoundResult> value) {
        double[] sorted = rounds.stream().mapToDouble(value).sorted().toArray();
        if (sorted.length == 0) {
            return 0;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
