/**
 * A load benchmark of the item API, run by hand ({@code deploy/bench/run.sh}) against a running local stack, never
 * by the test suite: it measures read latency at a constant arrival rate with an open-model load generator (requests
 * leave on schedule whatever the server does, and latency counts from the scheduled start, so a stall cannot hide
 * behind a waiting client), and create throughput of concurrent API clients against a plain JDBC insert baseline
 * measured in the same run on the same database, so the ratio says what the API stack costs rather than how fast the
 * machine is. The other benchmarks here follow the same rules: the approval workflow, BOMs, webhook latency, and the
 * mixed steady load ({@link org.mdmhub.mdm.bench.MixedLoadBenchmark}: reads, edits and approvals at one open-model
 * rate, the highest rate under the p99 target held for ten minutes, and the server's heap before and after).
 */
package org.mdmhub.mdm.bench;
