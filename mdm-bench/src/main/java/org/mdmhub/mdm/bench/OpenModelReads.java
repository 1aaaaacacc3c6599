package org.mdmhub.mdm.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code GET /api/v1/items/{id}} at a constant arrival rate (open model). Request i is due at start + i / rate
 * and is sent then whether or not earlier ones were answered; its latency runs from that due time to the end of
 * the response. A closed-loop client would instead wait out a server stall and then measure only the next, fast
 * request (coordinated omission); here every request scheduled during a stall carries its share of it.
 */
final class OpenModelReads {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    // Completions only hand a status to an array, so a few threads carry 500/s; the sockets are served by the
    // client's own selector thread.
    private static final int CALLBACK_THREADS = 4;

    private final BenchConfig config;

    OpenModelReads(BenchConfig config) {
        this.config = config;
    }

    ReadResult run(String token, List<UUID> ids) throws Exception {
        ExecutorService callbacks = Executors.newFixedThreadPool(CALLBACK_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "bench-read");
            thread.setDaemon(true);
            return thread;
        });
        try {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .executor(callbacks)
                    .build();
            return run(http, "Bearer " + token, ids);
        } finally {
            callbacks.shutdownNow();
        }
    }

    private ReadResult run(HttpClient http, String authorization, List<UUID> ids) throws Exception {
        int warmup = config.readWarmupRequests();
        int total = warmup + config.readMeasuredRequests();
        long[] due = new long[total];
        long[] sent = new long[total];
        long[] answered = new long[total];
        int[] status = new int[total];                  // 0: failed without an HTTP status
        AtomicReference<String> firstFailure = new AtomicReference<>();
        CompletableFuture<?>[] done = new CompletableFuture<?>[total];
        SplittableRandom random = new SplittableRandom(42);
        String items = config.baseUrl() + "/api/v1/items/";
        long[] gcBefore = null;

        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        for (int i = 0; i < total; i++) {
            due[i] = start + i * 1_000_000_000L / config.rate();
            waitUntil(due[i]);
            if (i == warmup) {
                gcBefore = gcTotals();
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(items + ids.get(random.nextInt(ids.size()))))
                    .timeout(TIMEOUT)
                    .header("Authorization", authorization)
                    .GET()
                    .build();
            int index = i;
            sent[i] = System.nanoTime();
            done[i] = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).handle((response, failure) -> {
                answered[index] = System.nanoTime();
                if (failure == null) {
                    status[index] = response.statusCode();
                    if (status[index] != 200) {
                        firstFailure.compareAndSet(null, "HTTP " + status[index] + " for " + request.uri());
                    }
                } else {
                    firstFailure.compareAndSet(null, failure.toString());
                }
                return null;
            });
        }
        // Every request either answers or times out, so this wait ends; joining it also makes the arrays
        // written by the callback threads visible here.
        CompletableFuture.allOf(done).get(TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS);
        long[] gcAfter = gcTotals();
        if (config.samples() != null) {
            writeSamples(config.samples(), warmup, due, answered, status);
        }
        return summarize(warmup, due, sent, answered, status, firstFailure.get(),
                gcBefore == null ? gcAfter : gcBefore, gcAfter);
    }

    private static ReadResult summarize(int warmup, long[] due, long[] sent, long[] answered, int[] status,
                                        String firstFailure, long[] gcBefore, long[] gcAfter) {
        int measured = due.length - warmup;
        long[] latency = new long[measured];
        int non200 = 0;
        int errors = 0;
        long maxLag = 0;
        long lastAnswer = 0;
        for (int i = warmup; i < due.length; i++) {
            latency[i - warmup] = answered[i] - due[i];
            maxLag = Math.max(maxLag, sent[i] - due[i]);
            lastAnswer = Math.max(lastAnswer, answered[i]);
            if (status[i] == 0) {
                errors++;
            } else if (status[i] != 200) {
                non200++;
            }
        }
        long windowStart = due[warmup];
        // n requests sent at a steady rate span n - 1 intervals.
        double sentRate = measured > 1 ? (measured - 1) * 1e9 / (sent[due.length - 1] - sent[warmup]) : 0;
        double completedRate = measured * 1e9 / (lastAnswer - windowStart);
        return new ReadResult(measured, LatencyStats.of(latency), sentRate, completedRate, non200, errors, maxLag,
                firstFailure, gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]);
    }

    /** One line per measured read: when it was due (ms into the window), its latency (ms) and its status. */
    private static void writeSamples(Path file, int warmup, long[] due, long[] answered, int[] status)
            throws IOException {
        StringBuilder csv = new StringBuilder("due_ms,latency_ms,status\n");
        for (int i = warmup; i < due.length; i++) {
            csv.append(String.format(Locale.ROOT, "%.3f,%.3f,%d%n", (due[i] - due[warmup]) / 1e6,
                    (answered[i] - due[i]) / 1e6, status[i]));
        }
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Files.writeString(absolute, csv);
    }

    /** Parks until the due time; parkNanos may return early, hence the loop. */
    private static void waitUntil(long dueNanos) {
        long remaining;
        while ((remaining = dueNanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
        }
    }

    /** Collections and milliseconds spent in GC by this JVM so far: the load generator's own pauses. */
    private static long[] gcTotals() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }
}
