package org.mdmhub.mdm.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** The result of one run, as a plain-text block for the console and as a markdown fragment for the docs. */
record BenchReport(Instant started, BenchConfig config, MachineInfo machine, String database, ReadResult reads,
                   CreateComparison creates) {

    static final double READ_P99_TARGET_MS = 10;
    static final double CREATE_RATIO_TARGET = 0.3;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    boolean readTargetMet() {
        return LatencyStats.millis(reads.latency().p99()) <= READ_P99_TARGET_MS;
    }

    boolean createTargetMet() {
        return creates.ratio() >= CREATE_RATIO_TARGET;
    }

    String text() {
        LatencyStats read = reads.latency();
        StringBuilder out = new StringBuilder();
        out.append("==================== Item API benchmark ====================\n");
        line(out, "Date", DATE.format(started) + (config.quick() ? "  (--quick smoke run: do not quote)" : ""));
        line(out, "Machine", machineText());
        line(out, "Java", machine.java());
        line(out, "Database", database);
        out.append("-- 1. Item reads, open model --\n");
        line(out, "Load", loadText());
        line(out, "Latency", String.format(Locale.ROOT, "p50 %s  p90 %s  p99 %s  max %s ms", ms(read.p50()),
                ms(read.p90()), ms(read.p99()), ms(read.max())));
        line(out, "Rate", String.format(Locale.ROOT, "sent %.1f/s, completed %.1f/s (target %d/s)",
                reads.sentRate(), reads.completedRate(), config.rate()));
        line(out, "Failures", reads.non200() + " non-200, " + reads.errors() + " errors"
                + (reads.firstFailure() == null ? "" : "; first: " + reads.firstFailure()));
        line(out, "Generator", "max send lag " + ms(reads.maxSendLagNanos()) + " ms; own GC "
                + reads.generatorGcCount() + " collections, " + reads.generatorGcMillis() + " ms");
        line(out, "Target", "p99 <= " + fmt(READ_P99_TARGET_MS) + " ms: " + verdict(readTargetMet()));
        out.append("-- 2. Item creates, ").append(config.clients()).append(" concurrent clients --\n");
        line(out, "JDBC inserts/s", roundsText(creates.jdbc()) + "  median " + rate(creates.jdbcMedian())
                + ", mean " + rate(creates.jdbcMean()));
        line(out, "API creates/s", roundsText(creates.api()) + "  median " + rate(creates.apiMedian())
                + ", mean " + rate(creates.apiMean()));
        line(out, "API latency", "p50 " + ms(creates.apiLatency().p50()) + " ms, p99 "
                + ms(creates.apiLatency().p99()) + " ms, max " + ms(creates.apiLatency().max()) + " ms");
        line(out, "JDBC latency", "p50 " + ms(creates.jdbcLatency().p50()) + " ms, p99 "
                + ms(creates.jdbcLatency().p99()) + " ms, max " + ms(creates.jdbcLatency().max()) + " ms");
        line(out, "Failures", "API " + creates.apiFailures() + ", JDBC " + creates.jdbcFailures()
                + firstCreateFailure());
        line(out, "Ratio", String.format(Locale.ROOT, "API / JDBC = %.2f", creates.ratio()));
        line(out, "Target", "ratio >= " + fmt(CREATE_RATIO_TARGET) + ": " + verdict(createTargetMet()));
        out.append("=============================================================\n");
        return out.toString();
    }

    String markdown() {
        LatencyStats read = reads.latency();
        LatencyStats create = creates.apiLatency();
        LatencyStats insert = creates.jdbcLatency();
        String heading = "### Item API benchmark, " + DATE.format(started)
                + (config.quick() ? " (--quick smoke run, not for quoting)" : "");
        return heading + "\n\n"
                + "- Machine: " + machineText() + "\n"
                + "- Java: " + machine.java() + "\n"
                + "- Database: " + database + "\n"
                + "- Reads: " + loadText() + "\n"
                + "- Creates: " + config.clients() + " concurrent clients per side, warm-up " + config.clients()
                + " × " + config.warmupRowsPerClient() + " per side, then " + config.rounds() + " rounds of "
                + config.clients() + " × " + config.roundRowsPerClient() + " per side, alternating JDBC, API\n"
                + "- Load generator, WildFly, Keycloak and PostgreSQL on the same machine (loopback)\n\n"
                + "| Figure | Measured | Target | Result |\n"
                + "|---|---|---|---|\n"
                + row("Read latency p50 / p90 / p99 / max", ms(read.p50()) + " / " + ms(read.p90()) + " / "
                        + ms(read.p99()) + " / " + ms(read.max()) + " ms",
                        "p99 ≤ " + fmt(READ_P99_TARGET_MS) + " ms", verdict(readTargetMet()))
                + row("Read rate sent / completed", String.format(Locale.ROOT, "%.1f / %.1f per s",
                        reads.sentRate(), reads.completedRate()), config.rate() + " per s", "")
                + row("Failed reads (non-200 / errors)", reads.non200() + " / " + reads.errors(), "0",
                        verdict(reads.non200() + reads.errors() == 0))
                + row("JDBC inserts/s per round", roundsText(creates.jdbc()) + " (median "
                        + rate(creates.jdbcMedian()) + ", mean " + rate(creates.jdbcMean()) + ")", "", "")
                + row("API creates/s per round", roundsText(creates.api()) + " (median "
                        + rate(creates.apiMedian()) + ", mean " + rate(creates.apiMean()) + ")", "", "")
                + row("Create ratio API ÷ JDBC (medians)", String.format(Locale.ROOT, "%.2f", creates.ratio()),
                        "≥ " + fmt(CREATE_RATIO_TARGET), verdict(createTargetMet()))
                + row("API create latency p50 / p99 / max", ms(create.p50()) + " / " + ms(create.p99()) + " / "
                        + ms(create.max()) + " ms", "", "")
                + row("JDBC insert latency p50 / p99 / max", ms(insert.p50()) + " / " + ms(insert.p99()) + " / "
                        + ms(insert.max()) + " ms", "", "")
                + row("Failed creates (API / JDBC)", creates.apiFailures() + " / " + creates.jdbcFailures(), "0",
                        verdict(creates.apiFailures() + creates.jdbcFailures() == 0))
                + row("Load generator during reads", "max send lag " + ms(reads.maxSendLagNanos()) + " ms, GC "
                        + reads.generatorGcCount() + " collections / " + reads.generatorGcMillis() + " ms", "", "");
    }

    private String machineText() {
        return machine.cores() + " cores, " + machine.memory() + " RAM, " + machine.cpuModel() + "; " + machine.os();
    }

    private String loadText() {
        return config.rate() + " requests/s at fixed intervals (open model), " + config.readWarmup().toSeconds()
                + " s warm-up + " + config.readMeasure().toSeconds() + " s measured (" + reads.requests()
                + " requests), random ids among the items created by the API clients";
    }

    private String firstCreateFailure() {
        return creates.api().stream().map(RoundResult::firstFailure).filter(Objects::nonNull).findFirst()
                .or(() -> creates.jdbc().stream().map(RoundResult::firstFailure).filter(Objects::nonNull).findFirst())
                .map(failure -> "; first: " + failure)
                .orElse("");
    }

    private static String roundsText(List<RoundResult> rounds) {
        return rounds.stream().map(round -> rate(round.perSecond())).collect(Collectors.joining(", "));
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

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
