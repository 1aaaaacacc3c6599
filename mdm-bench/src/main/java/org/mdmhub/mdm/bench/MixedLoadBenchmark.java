package org.mdmhub.mdm.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The mixed steady load of issue 10 against a running server: 80 % reads, 15 % edits, 5 % approvals and releases
 * at a constant arrival rate ({@link MixedLoad}). A ramp of short steps at rising rates finds the highest rate at
 * which the p99 of all requests stays under 100 ms with no failed request; that rate is then held (10 minutes by
 * default) and the server's heap after it, after a full GC, is compared with the heap before it.
 *
 * <p>Order: a working set is seeded first, untimed (items created and released through the API, drafts created for
 * the edits and approvals to take); then a warm-up step at the lowest rate (not recorded), the ramp, which stops at
 * the first step that misses the target, and the hold.
 */
public final class MixedLoadBenchmark {
    static final double P99_TARGET_MS = 100;
    static final double HEAP_GROWTH_TARGET_PERCENT = 10;
    private static final int SEED_CLIENTS = 4;

    private MixedLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--help")) {
            System.out.println(MixedLoadConfig.usage());
            return;
        }
        MixedLoadConfig config = MixedLoadConfig.parse(args);
        Instant started = Instant.now();
        // Item numbers and GTINs carry the run id and start second, so runs against one database never collide.
        String runId = Long.toString(started.toEpochMilli(), 36).toUpperCase(Locale.ROOT);
        ObjectMapper json = new ObjectMapper();
        MachineInfo machine = MachineInfo.detect();
        log("run " + runId + " against " + config.baseUrl() + " (tokens from " + config.keycloakUrl() + ", heap from "
                + config.managementUrl() + "/metrics): seed " + config.released() + " released + " + config.drafts()
                + " drafts; ramp " + config.rates() + "/s of " + config.step().toSeconds() + " s; hold "
                + config.hold().toSeconds() + " s" + (config.quick() ? ", --quick" : ""));
        try (RenewedToken viewer = new RenewedToken(new KeycloakTokens(config.tokens("viewer"), json));
             RenewedToken steward = new RenewedToken(new KeycloakTokens(config.tokens("steward"), json));
             RenewedToken engineer = new RenewedToken(new KeycloakTokens(config.tokens("engineer"), json))) {
            WorkingSet set = new WorkingSet(runId, started.getEpochSecond(), config.released() + config.drafts(),
                    config.released() + 100_000);
            MixedLoad load = new MixedLoad(config.baseUrl(), json, set, viewer, steward, engineer, config.serverPid());
            try {
                Seed seed = seed(config, json, set, load, runId, started.getEpochSecond(), steward, engineer);
                MixedLoadReport report = measure(config, load, set, seed, started, machine);
                System.out.print(report.text());
                Path output = config.output().toAbsolutePath();
                Files.createDirectories(output.getParent());
                Files.writeString(output, report.markdown());
                log("markdown fragment written to " + output);
            } finally {
                load.close();
            }
        }
    }

    /** How the working set was built, untimed. */
    record Seed(int released, int drafts, double seconds) {
    }

    private static Seed seed(MixedLoadConfig config, ObjectMapper json, WorkingSet set, MixedLoad load, String runId,
                             long runSecond, RenewedToken steward, RenewedToken engineer) throws Exception {
        long begin = System.nanoTime();
        ApiWorkflow workflow = new ApiWorkflow(WorkflowConfig.parse(new String[] {"--base-url=" + config.baseUrl()}),
                json);
        List<BenchItem> items = new ArrayList<>();
        for (int i = 0; i < config.released() + config.drafts(); i++) {
            items.add(WorkingSet.item(runId, runSecond, i));
        }
        List<UUID> ids = workflow.createDrafts(steward.get(), items, SEED_CLIENTS);
        WorkflowRoundResult releases = WorkflowRound.run("seed", "S", SEED_CLIENTS, ids.subList(0, config.released()),
                workflow.clients(steward.get(), engineer.get()));
        if (releases.failures() > 0) {
            throw new IllegalStateException("seed: " + releases.failures() + " of " + config.released()
                    + " releases failed; first: " + releases.firstFailure());
        }
        set.addReleased(ids.subList(0, config.released()));
        for (int i = config.released(); i < ids.size(); i++) {
            set.putDraft(new WorkingSet.Draft(ids.get(i), items.get(i), load.etag(ids.get(i))));
        }
        Seed seed = new Seed(config.released(), config.drafts(), (System.nanoTime() - begin) / 1e9);
        log(String.format(Locale.ROOT, "seeded %d released items and %d drafts through the API in %.1f s (untimed)",
                seed.released(), seed.drafts(), seed.seconds()));
        return seed;
    }

    private static MixedLoadReport measure(MixedLoadConfig config, MixedLoad load, WorkingSet set, Seed seed,
                                           Instant started, MachineInfo machine) throws Exception {
        ServerHeap heap = new ServerHeap(config.managementUrl(), config.serverPid());
        int lowest = config.rates().get(0);
        MixedStepResult warmup = config.warmup().isZero() ? null
                : logStep(load.run("warm-up", lowest, config.warmup()), set);
        long heapBeforeRamp = logHeap("before the ramp", heap.usedBytes());
        List<MixedStepResult> ramp = new ArrayList<>();
        int best = 0;
        if (config.holdRate() == 0) {
            for (int rate : config.rates()) {
                MixedStepResult step = logStep(load.run("ramp", rate, config.step()), set);
                ramp.add(step);
                if (!step.meets(P99_TARGET_MS)) {
                    break;
                }
                best = rate;
            }
        }
        // No step met the target: hold the lowest rate anyway, so the report says how far off it is.
        int holdRate = config.holdRate() > 0 ? config.holdRate() : best > 0 ? best : lowest;
        log("holding " + holdRate + " operations/s for " + config.hold().toSeconds() + " s");
        long heapBefore = logHeap("before the hold", heap.usedBytes());
        MixedStepResult hold = logStep(load.run("hold", holdRate, config.hold()), set);
        long heapAfter = logHeap("after the hold", heap.usedBytes());
        return new MixedLoadReport(started, config, machine, seed, warmup, ramp, best, hold,
                new MixedLoadReport.Heap(heap.collectsFirst(), heapBeforeRamp, heapBefore, heapAfter));
    }

    private static MixedStepResult logStep(MixedStepResult step, WorkingSet set) {
        LatencyStats all = step.overall();
        log(String.format(Locale.ROOT, "%-7s %4d ops/s for %d s: %d ops (%.1f/s sent, max lag %.1f ms), %d requests;"
                        + " p50/p95/p99/max %.1f/%.1f/%.1f/%.1f ms; %d failed %s, %d skipped; %s; read set %d,"
                        + " free drafts %d%s",
                step.name(), step.rate(), step.duration().toSeconds(), step.operations(), step.sentRate(),
                LatencyStats.millis(step.maxSendLagNanos()), all.count(), LatencyStats.millis(all.p50()),
                LatencyStats.millis(all.p95()), LatencyStats.millis(all.p99()), LatencyStats.millis(all.max()),
                step.failureCount(), step.failures(), step.skipped(), SystemLoad.describe(step.before(), step.after()),
                set.releasedCount(), set.freeDrafts(),
                step.firstFailure() == null ? "" : "; first failure: " + step.firstFailure()));
        return step;
    }

    private static long logHeap(String when, long bytes) {
        log(String.format(Locale.ROOT, "server heap used %s: %.1f MiB", when, bytes / 1024.0 / 1024.0));
        return bytes;
    }

    private static void log(String message) {
        System.out.println("bench: " + message);
    }
}
