package org.mdmhub.mdm.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;

/**
 * A closed-model round of creates: {@code clients} threads, each writing its rows back-to-back (the next as soon as
 * the last is stored). Both sides of the comparison run through this same class, so they are timed the same way.
 */
final class CreateRound {
    private final String side;
    private final String runId;
    private final int clients;

    CreateRound(String side, String runId, int clients) {
        this.side = side;
        this.runId = runId;
        this.clients = clients;
    }

    RoundResult run(String round, int rowsPerClient, RowWriter.Factory factory) throws Exception {
        // Connections are opened and items built before the clock starts: we time storing rows, not setup.
        List<RowWriter> writers = new ArrayList<>();
        List<List<BenchItem>> items = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients, runnable -> {
            Thread thread = new Thread(runnable, "bench-" + side);
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int c = 0; c < clients; c++) {
                writers.add(factory.open());
                List<BenchItem> share = new ArrayList<>(rowsPerClient);
                for (int i = 0; i < rowsPerClient; i++) {
                    share.add(BenchItem.of(runId, round, c * rowsPerClient + i));
                }
                items.add(share);
            }
            CountDownLatch ready = new CountDownLatch(clients);
            CountDownLatch go = new CountDownLatch(1);
            AtomicReference<String> firstFailure = new AtomicReference<>();
            List<Future<long[]>> latencies = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                RowWriter writer = writers.get(c);
                List<BenchItem> share = items.get(c);
                latencies.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return writeAll(writer, share, firstFailure);
                }));
            }
            ready.await();
            long start = System.nanoTime();
            go.countDown();
            List<long[]> perClient = new ArrayList<>();
            for (Future<long[]> future : latencies) {
                perClient.add(future.get());
            }
            long elapsed = System.nanoTime() - start;
            long[] stored = perClient.stream().flatMapToLong(LongStream::of).filter(nanos -> nanos >= 0).toArray();
            return new RoundResult(side, round, clients, clients * rowsPerClient, elapsed, stored, firstFailure.get());
        } finally {
            pool.shutdownNow();
            for (RowWriter writer : writers) {
                writer.close();
            }
        }
    }

    /** Latency of each write in nanoseconds, -1 where it failed (the round goes on: failures are reported). */
    private static long[] writeAll(RowWriter writer, List<BenchItem> share, AtomicReference<String> firstFailure) {
        long[] nanos = new long[share.size()];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            try {
                writer.write(share.get(i));
                nanos[i] = System.nanoTime() - start;
            } catch (Exception e) {
                nanos[i] = -1;
                firstFailure.compareAndSet(null, e.toString());
            }
        }
        return nanos;
    }
}
