package org.mdmhub.mdm.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The result of one mixed-load run, as a plain-text block for the console and as a markdown fragment for the docs. */
record MixedLoadReport(Instant started, MixedLoadConfig config, MachineInfo machine, MixedLoadBenchmark.Seed seed,
                       MixedStepResult warmup, List<MixedStepResult> ramp, int bestRampRate, MixedStepResult hold,
                       Heap heap) {

    /** Used heap in bytes at three moments; {@code afterGc}: each reading followed a forced full GC. */
    record Heap(boolean afterGc, long beforeRamp, long beforeHold, long afterHold) {
        double growthPercent() {
            return 100.0 * (afterHold - beforeHold) / beforeHold;
        }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    boolean latencyTargetMet() {
        return hold.meets(MixedLoadBenchmark.P99_TARGET_MS);
    }

    boolean heapTargetMet() {
        return Math.abs(heap.growthPercent()) <= MixedLoadBenchmark.HEAP_GROWTH_TARGET_PERCENT;
    }

    String text() {
        StringBuilder out = new StringBuilder();
        out.append("================== Mixed steady load benchmark ==================\n");
        line(out, "Date", DATE.format(started) + (config.quick() ? "  (--quick smoke run: do not quote)" : ""));
        line(out, "Machine", machineText());
        line(out, "Java", machine.java());
        line(out, "Mix", mixText());
        line(out, "Working set", seedText());
        out.append("-- Ramp: ").append(config.step().toSeconds()).append(" s per step --\n");
        for (MixedStepResult step : ramp) {
            line(out, step.rate() + " ops/s", overallText(step) + "  " + (step.meets(MixedLoadBenchmark.P99_TARGET_MS)
                    ? "met" : "not met"));
        }
        line(out, "Highest met", bestRampRate > 0 ? bestRampRate + " ops/s" : config.holdRate() > 0
                ? "ramp skipped (--hold-rate)" : "none: the lowest rate is held");
        out.append("-- Hold: ").append(hold.rate()).append(" ops/s for ").append(hold.duration().toSeconds())
                .append(" s --\n");
        for (Map.Entry<MixedLoad.Kind, LatencyStats> kind : hold.latency().entrySet()) {
            line(out, kind.getKey().label, stats(kind.getValue()));
        }
        line(out, "all requests", stats(hold.overall()));
        line(out, "approval", stats(hold.release()) + " (submit due to approve answered)");
        line(out, "Failures", failuresText(hold) + (hold.firstFailure() == null ? "" : "; first: "
                + hold.firstFailure()));
        line(out, "Skipped", hold.skipped() + " edits/approvals found no free draft");
        line(out, "Generator", String.format(Locale.ROOT, "sent %.1f ops/s, max send lag %.2f ms", hold.sentRate(),
                LatencyStats.millis(hold.maxSendLagNanos())));
        line(out, "Server CPU", cpuText(hold));
        line(out, "Machine load", SystemLoad.describe(hold.before(), hold.after()));
        line(out, "Heap", heapText());
        line(out, "Target p99", "< " + fmt(MixedLoadBenchmark.P99_TARGET_MS) + " ms, no failures: "
                + verdict(latencyTargetMet()));
        line(out, "Target heap", "within " + fmt(MixedLoadBenchmark.HEAP_GROWTH_TARGET_PERCENT) + " %: "
                + verdict(heapTargetMet()));
        out.append("==================================================================\n");
        return out.toString();
    }

    String markdown() {
        StringBuilder out = new StringBuilder("### Mixed steady load, " + DATE.format(started)
                + (config.quick() ? " (--quick smoke run, not for quoting)" : "") + "\n\n");
        out.append("- Machine: ").append(machineText()).append("\n")
                .append("- Java: ").append(machine.java()).append("\n")
                .append("- Mix: ").append(mixText()).append("\n")
                .append("- Working set: ").append(seedText()).append("\n")
                .append("- Warm-up: ").append(warmup == null ? "none" : warmup.rate() + " ops/s for "
                        + warmup.duration().toSeconds() + " s, not recorded").append("\n")
                .append("- Load generator, WildFly, Keycloak and PostgreSQL on the same machine (loopback)\n\n");
        out.append("Ramp, ").append(config.step().toSeconds()).append(" s per step (stops at the first step that "
                + "misses p99 < ").append(fmt(MixedLoadBenchmark.P99_TARGET_MS)).append(" ms with no failures):\n\n")
                .append("| Rate (ops/s) | Requests | p50 / p95 / p99 / max (ms) | Failed | Server CPU | Machine load |"
                        + " Result |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (MixedStepResult step : ramp) {
            out.append("| ").append(step.rate()).append(" | ").append(step.overall().count()).append(" | ")
                    .append(cells(step.overall())).append(" | ").append(failuresText(step)).append(" | ")
                    .append(coresText(step)).append(" | ").append(SystemLoad.describe(step.before(), step.after()))
                    .append(" | ").append(verdict(step.meets(MixedLoadBenchmark.P99_TARGET_MS))).append(" |\n");
        }
        out.append("\nHold at ").append(hold.rate()).append(" ops/s for ").append(hold.duration().toSeconds())
                .append(" s (").append(hold.operations()).append(" operations, sent at ")
                .append(String.format(Locale.ROOT, "%.1f", hold.sentRate())).append(" ops/s, max send lag ")
                .append(ms(hold.maxSendLagNanos())).append(" ms; ").append(SystemLoad.describe(hold.before(),
                        hold.after())).append("; server JVM ").append(cpuText(hold)).append("):\n\n")
                .append("| Request | Count | p50 | p95 | p99 | max |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Map.Entry<MixedLoad.Kind, LatencyStats> kind : hold.latency().entrySet()) {
            out.append(statsRow(kind.getKey().label, kind.getValue()));
        }
        out.append(statsRow("**all requests**", hold.overall()))
                .append(statsRow("approval (submit due → approve answered)", hold.release()))
                .append("\n| Figure | Measured | Target | Result |\n|---|---|---|---|\n")
                .append(row("Overall p99 during the hold", ms(hold.overall().p99()) + " ms",
                        "< " + fmt(MixedLoadBenchmark.P99_TARGET_MS) + " ms", verdict(latencyTargetMet())))
                .append(row("Failed requests (by kind and status)", failuresText(hold), "0",
                        verdict(hold.failureCount() == 0)))
                .append(row("Edits/approvals skipped (no free draft)", String.valueOf(hold.skipped()), "", ""))
                .append(row("Server heap used before / after the hold" + (heap.afterGc() ? " (after a full GC)" : ""),
                        mib(heap.beforeHold()) + " / " + mib(heap.afterHold()) + String.format(Locale.ROOT,
                                " MiB (%+.1f %%)", heap.growthPercent()),
                        "within " + fmt(MixedLoadBenchmark.HEAP_GROWTH_TARGET_PERCENT) + " %", verdict(heapTargetMet())))
                .append(row("Server heap used before the ramp", mib(heap.beforeRamp()) + " MiB", "", ""));
        return out.toString();
    }

    private String mixText() {
        return "60 % GET item, 10 % GET a page of released items, 10 % name search, 10 % PUT draft (If-Match), "
                + "5 % POST draft, 5 % approval (submit as steward + approve as engineer); open model, "
                + "constant arrival rate";
    }

    private String seedText() {
        return String.format(Locale.ROOT, "%d items released and %d drafts created through the API first (%.0f s, "
                + "untimed)", seed.released(), seed.drafts(), seed.seconds());
    }

    private String heapText() {
        return String.format(Locale.ROOT, "%s MiB before the ramp, %s before the hold, %s after it (%+.1f %%)%s",
                mib(heap.beforeRamp()), mib(heap.beforeHold()), mib(heap.afterHold()), heap.growthPercent(),
                heap.afterGc() ? ", each after a full GC" : ", no GC forced (--server-pid not given)");
    }

    private String machineText() {
        return machine.cores() + " cores, " + machine.memory() + " RAM, " + machine.cpuModel() + "; " + machine.os();
    }

    private static String overallText(MixedStepResult step) {
        return String.format(Locale.ROOT, "%d requests, p50/p95/p99/max %s ms, %s failed, server %s",
                step.overall().count(), cells(step.overall()).replace(" / ", "/"), failuresText(step), coresText(step));
    }

    private static String failuresText(MixedStepResult step) {
        if (step.failures().isEmpty()) {
            return "0";
        }
        StringBuilder text = new StringBuilder(String.valueOf(step.failureCount())).append(" (");
        step.failures().forEach((key, count) -> text.append(key).append(": ").append(count).append(", "));
        return text.substring(0, text.length() - 2) + ")";
    }

    private static String cpuText(MixedStepResult step) {
        return step.serverCpuMillis() < 0 ? "CPU not measured (--server-pid not given)"
                : String.format(Locale.ROOT, "CPU %.1f s = %.2f cores", step.serverCpuMillis() / 1000.0,
                step.serverCores());
    }

    private static String coresText(MixedStepResult step) {
        return step.serverCpuMillis() < 0 ? "" : String.format(Locale.ROOT, "%.2f cores", step.serverCores());
    }

    private static String stats(LatencyStats s) {
        return "p50 " + ms(s.p50()) + "  p95 " + ms(s.p95()) + "  p99 " + ms(s.p99()) + "  max " + ms(s.max())
                + " ms (" + s.count() + ")";
    }

    private static String cells(LatencyStats s) {
        return ms(s.p50()) + " / " + ms(s.p95()) + " / " + ms(s.p99()) + " / " + ms(s.max());
    }

    private static String statsRow(String label, LatencyStats s) {
        return "| " + label + " | " + s.count() + " | " + ms(s.p50()) + " | " + ms(s.p95()) + " | " + ms(s.p99())
                + " | " + ms(s.max()) + " |\n";
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format(Locale.ROOT, "%-15s %s%n", label, value));
    }

    private static String row(String figure, String measured, String target, String result) {
        return "| " + figure + " | " + measured + " | " + target + " | " + result + " |\n";
    }

    private static String verdict(boolean met) {
        return met ? "met" : "not met";
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f", LatencyStats.millis(nanos));
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
