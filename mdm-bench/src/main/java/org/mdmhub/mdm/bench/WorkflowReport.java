package org.mdmhub.mdm.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/** The result of one workflow run, as a plain-text block for the console and as a markdown fragment for the docs. */
record WorkflowReport(Instant started, WorkflowConfig config, MachineInfo machine, String database,
                      WorkflowRoundResult api, List<WorkflowRoundResult> jdbc, long serverCpuMillis,
                      Map<String, Long> apiStates,
                      Map<String, Long> jdbcStates) {

    static final double APPROVE_P99_TARGET_MS = 100;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    boolean targetMet() {
        return api.completed() > 0 && LatencyStats.millis(api.complete().p99()) <= APPROVE_P99_TARGET_MS;
    }

    double jdbcMean() {
        return jdbc.stream().mapToDouble(WorkflowRoundResult::perSecond).average().orElse(0);
    }

    /** API processes/s ÷ baseline records/s (mean of the baseline rounds around the API round). */
    double throughputRatio() {
        return api.perSecond() / jdbcMean();
    }

    double jdbcMeanRecordNanos() {
        return jdbc.stream().mapToDouble(WorkflowRoundResult::meanRecordNanos).average().orElse(0);
    }

    /** How many times longer one record takes a client through the API than through the baseline. */
    double recordTimeRatio() {
        return api.meanRecordNanos() / jdbcMeanRecordNanos();
    }

    int jdbcFailures() {
        return jdbc.stream().mapToInt(WorkflowRoundResult::failures).sum();
    }

    LatencyStats jdbcStart() {
        return LatencyStats.of(jdbc.stream().flatMapToLong(r -> LongStream.of(r.startNanos()))
                .filter(nanos -> nanos >= 0).toArray());
    }

    LatencyStats jdbcComplete() {
        return LatencyStats.of(jdbc.stream().flatMapToLong(r -> LongStream.of(r.completeNanos()))
                .filter(nanos -> nanos >= 0).toArray());
    }

    String text() {
        StringBuilder out = new StringBuilder();
        out.append("================ Approval workflow benchmark ================\n");
        line(out, "Date", DATE.format(started) + (config.quick() ? "  (--quick smoke run: do not quote)" : ""));
        line(out, "Machine", machineText());
        line(out, "Java", machine.java());
        line(out, "Database", database);
        line(out, "Load", loadText());
        out.append("-- API: submit (start) + approve (complete), ").append(config.clients()).append(" clients --\n");
        line(out, "Processes/s", String.format(Locale.ROOT, "%.1f (%d completed in %.2f s)", api.perSecond(),
                api.completed(), api.elapsedNanos() / 1e9));
        line(out, "Submit", stats(api.start()));
        line(out, "Approve", stats(api.complete()));
        line(out, "Per process", ms(api.meanRecordNanos()) + " ms mean (submit + approve, one client)");
        line(out, "Server CPU", serverCpuText());
        line(out, "Failures", api.failures() + (api.firstFailure() == null ? "" : "; first: " + api.firstFailure()));
        line(out, "Item states", apiStates.toString());
        line(out, "Machine load", SystemLoad.describe(api.before(), api.after()));
        line(out, "Target", "approve p99 <= " + fmt(APPROVE_P99_TARGET_MS) + " ms: " + verdict(targetMet()));
        out.append("-- JDBC baseline: 2 transactions per record, ").append(config.clients()).append(" clients --\n");
        line(out, "Records/s", roundsText() + "  mean " + rate(jdbcMean()));
        line(out, "Tx 1 (review)", stats(jdbcStart()));
        line(out, "Tx 2 (release)", stats(jdbcComplete()));
        line(out, "Per record", ms(jdbcMeanRecordNanos()) + " ms mean (both transactions, one client)");
        line(out, "Failures", jdbcFailures() + "");
        line(out, "Row states", jdbcStates.toString());
        for (WorkflowRoundResult round : jdbc) {
            line(out, "Machine load", "round " + round.round() + ": " + SystemLoad.describe(round.before(),
                    round.after()));
        }
        out.append("-- Cost of the engine path --\n");
        line(out, "Throughput", String.format(Locale.ROOT, "API / JDBC = %.3f", throughputRatio()));
        line(out, "Per record", String.format(Locale.ROOT, "API takes %.1f x the baseline's time", recordTimeRatio()));
        out.append("=============================================================\n");
        return out.toString();
    }

    String markdown() {
        String heading = "### Approval workflow benchmark, " + DATE.format(started)
                + (config.quick() ? " (--quick smoke run, not for quoting)" : "");
        return heading + "\n\n"
                + "- Machine: " + machineText() + "\n"
                + "- Java: " + machine.java() + "\n"
                + "- Database: " + database + "\n"
                + "- Load: " + loadText() + "\n"
                + "- Machine load during the API round: " + SystemLoad.describe(api.before(), api.after()) + "\n\n"
                + "| Figure | Measured | Target | Result |\n"
                + "|---|---|---|---|\n"
                + row("Processes started and completed through the API", api.completed() + " of " + api.attempted()
                        + " in " + String.format(Locale.ROOT, "%.2f s", api.elapsedNanos() / 1e9), "", "")
                + row("API throughput", String.format(Locale.ROOT, "%.1f processes/s", api.perSecond()), "", "")
                + row("Submit (process start incl. DMN) p50 / p90 / p99 / max", statsCells(api.start()), "", "")
                + row("Approve (task completion incl. release) p50 / p90 / p99 / max", statsCells(api.complete()),
                        "p99 ≤ " + fmt(APPROVE_P99_TARGET_MS) + " ms", verdict(targetMet()))
                + row("Server JVM CPU during the API round", serverCpuText(), "", "")
                + row("Failed processes", String.valueOf(api.failures()), "0", verdict(api.failures() == 0))
                + row("Baseline records/s (JDBC, per round)", roundsText() + " (mean " + rate(jdbcMean()) + ")", "",
                        "")
                + row("Baseline tx 1 (→ IN_REVIEW) p50 / p90 / p99 / max", statsCells(jdbcStart()), "", "")
                + row("Baseline tx 2 (→ RELEASED) p50 / p90 / p99 / max", statsCells(jdbcComplete()), "", "")
                + row("Throughput ratio API ÷ baseline", String.format(Locale.ROOT, "%.3f", throughputRatio()), "",
                        "")
                + row("Time per record, API vs. baseline (mean, one client)", ms(api.meanRecordNanos()) + " ms vs. "
                        + ms(jdbcMeanRecordNanos()) + " ms = " + String.format(Locale.ROOT, "%.0f×",
                        recordTimeRatio()), "", "")
                + row("Item states afterwards (API / baseline)", apiStates + " / " + jdbcStates, "", "");
    }

    private String serverCpuText() {
        if (serverCpuMillis < 0) {
            return "not measured (--server-pid not given)";
        }
        return String.format(Locale.ROOT, "%.1f s = %.1f ms per process, %.2f cores on average",
                serverCpuMillis / 1000.0, (double) serverCpuMillis / Math.max(1, api.completed()),
                serverCpuMillis * 1_000_000.0 / api.elapsedNanos());
    }

    private String machineText() {
        return machine.cores() + " cores, " + machine.memory() + " RAM, " + machine.cpuModel() + "; " + machine.os();
    }

    private String loadText() {
        return config.processes() + " processes per round, " + config.clients() + " concurrent clients per side, "
                + "each submitting a draft component item and approving its one task at once; warm-up "
                + config.warmup() + " per side (not recorded); rounds in the order JDBC, API, JDBC";
    }

    private String roundsText() {
        return jdbc.stream().map(round -> rate(round.perSecond())).collect(Collectors.joining(", "));
    }

    private static String stats(LatencyStats s) {
        return "p50 " + ms(s.p50()) + "  p90 " + ms(s.p90()) + "  p99 " + ms(s.p99()) + "  max " + ms(s.max())
                + " ms (" + s.count() + ")";
    }

    private static String statsCells(LatencyStats s) {
        return ms(s.p50()) + " / " + ms(s.p90()) + " / " + ms(s.p99()) + " / " + ms(s.max()) + " ms";
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

    private static String ms(double nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1_000_000.0);
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
