package org.mdmhub.mdm.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-model round of workflows: {@code clients} threads take the next record from a shared list and run it
 * through start and completion back-to-back (submit, then approve at once), then take the next. Both sides of the
 * comparison run through this class, so they are timed the same way.
 */
final class WorkflowRound {

    private WorkflowRound() {
    }

    static WorkflowRoundResult run(String side, String round, int clients, List<UUID> records,
                                   WorkflowClient.Factory factory) throws Exception {
        // Connections are opened before the clock starts: we time the state changes, not setup.
        List<WorkflowClient> opened = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients, runnable -> {
            Thread thread = new Thread(runnable, "bench-wf-" + side);
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int c = 0; c < clients; c++) {
                opened.add(factory.open());
            }
            int n = records.size();
            long[] startNanos = new long[n];
            long[] completeNanos = new long[n];
            Arrays.fill(startNanos, -1);
            Arrays.fill(completeNanos, -1);
            AtomicInteger next = new AtomicInteger();
            AtomicReference<String> firstFailure = new AtomicReference<>();
            CountDownLatch ready = new CountDownLatch(clients);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (WorkflowClient client : opened) {
                done.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        runOne(client, records.get(i), i, startNanos, completeNanos, firstFailure);
                    }
                    return null;
                }));
            }
            ready.await();
            SystemLoad before = SystemLoad.now();
            long start = System.nanoTime();
            go.countDown();
            for (Future<?> future : done) {
                future.get();
            }
            long elapsed = System.nanoTime() - start;
            SystemLoad after = SystemLoad.now();
            return new WorkflowRoundResult(side, round, clients, n, elapsed, startNanos, completeNanos,
                    firstFailure.get(), before, after);
        } finally {
            pool.shutdownNow();
            for (WorkflowClient client : opened) {
                client.close();
            }
        }
    }

    /** Times both steps of one record; a failed step stays -1 (and a failed start skips the completion). */
    private static void runOne(WorkflowClient client, UUID record, int i, long[] startNanos, long[] completeNanos,
                               AtomicReference<String> firstFailure) {
        String handle;
        long begin = System.nanoTime();
        try {
            handle = client.start(record);
            startNanos[i] = System.nanoTime() - begin;
        } catch (Exception e) {
            firstFailure.compareAndSet(null, "start: " + e);
            return;
        }
        begin = System.nanoTime();
        try {
            client.complete(record, handle);
            completeNanos[i] = System.nanoTime() - begin;
        } catch (Exception e) {
            firstFailure.compareAndSet(null, "complete: " + e);
        }
    }
}
