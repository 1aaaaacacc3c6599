package org.mdmhub.mdm.bench;

/**
 * The measured window of the read phase. Latency covers every measured request, failed ones too (with the time
 * until they failed), so errors cannot make the percentiles look better.
 *
 * @param sentRate        requests per second the generator actually sent (below the target: the generator lagged)
 * @param completedRate   responses per second (below the sent rate: the server fell behind)
 * @param maxSendLagNanos the furthest a send fell behind its schedule (large values: the generator itself stalled)
 */
record ReadResult(int requests, LatencyStats latency, double sentRate, double completedRate, int non200, int errors,
                  long maxSendLagNanos, String firstFailure, long generatorGcCount, long generatorGcMillis) {
}
