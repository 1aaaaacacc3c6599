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
 * Measures the two figures of the foundation issue in one run against a running stack:
 * item read latency at a constant rate, and item create throughput of the API relative to plain JDBC.
 * Creates run first because the reads pick among the items they made. Run it with {@code deploy/bench/run.sh}.
 */
public final class ItemApiBenchmark {

    private ItemApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--help")) {
            System.out.println(BenchConfig.usage());
            return;
        }
        BenchConfig config = BenchConfig.parse(args);
        Instant started = Instant.now();
        // Item numbers carry the run id, so runs against the same database never collide.
        String runId = Long.toString(started.toEpochMilli(), 36).toUpperCase(Locale.ROOT);
        ObjectMapper json = new ObjectMapper();
        MachineInfo machine = MachineInfo.detect();
        JdbcBaseline baseline = new JdbcBaseline(config);
        KeycloakTokens tokens = new KeycloakTokens(config, json);
        ApiCreates api = new ApiCreates(config, json);
        log("run " + runId + " against " + config.baseUrl() + " (tokens from " + config.keycloakUrl() + ", baseline "
                + config.jdbcUrl() + ")" + (config.quick() ? ", --quick" : ""));
        String database = baseline.describeServer();

        CreateComparison creates = compareCreates(config, runId, baseline, api, tokens);

        List<UUID> ids = api.createdIds();
        if (ids.isEmpty()) {
            throw new IllegalStateException("the API created no item, so there is nothing to read");
        }
        log("reads: " + config.rate() + "/s for " + config.readWarmup().toSeconds() + " s warm-up + "
                + config.readMeasure().toSeconds() + " s measured, among " + ids.size() + " items");
        ReadResult reads = new OpenModelReads(config).run(tokens.fresh(), ids);

        BenchReport report = new BenchReport(started, config, machine, database, reads, creates);
        System.out.print(report.text());
        Path output = config.output().toAbsolutePath();
        Files.createDirectories(output.getParent());
        Files.writeString(output, report.markdown());
        log("markdown fragment written to " + output);
    }

    /** Warm-up of each side, then measured rounds alternating JDBC, API, so drift hits both sides alike. */
    private static CreateComparison compareCreates(BenchConfig config, String runId, JdbcBaseline baseline,
                                                   ApiCreates api, KeycloakTokens tokens) throws Exception {
        CreateRound jdbcRound = new CreateRound("jdbc", runId, config.clients());
        CreateRound apiRound = new CreateRound("api", runId, config.clients());
        List<RoundResult> jdbc = new ArrayList<>();
        List<RoundResult> apiResults = new ArrayList<>();
        baseline.prepareTable();
        try {
            logRound(jdbcRound.run("W", config.warmupRowsPerClient(), baseline.writers()));
            logRound(apiRound.run("W", config.warmupRowsPerClient(), api.writers(tokens.fresh())));
            for (int round = 1; round <= config.rounds(); round++) {
                jdbc.add(logRound(jdbcRound.run(String.valueOf(round), config.roundRowsPerClient(),
                        baseline.writers())));
                // A fresh token per round: a long round must not outlive a 900 s token.
                apiResults.add(logRound(apiRound.run(String.valueOf(round), config.roundRowsPerClient(),
                        api.writers(tokens.fresh()))));
            }
        } finally {
            baseline.dropTable();
        }
        return new CreateComparison(jdbc, apiResults);
    }

    private static RoundResult logRound(RoundResult result) {
        log(String.format(Locale.ROOT, "creates %-4s round %s: %d × %d -> %d stored in %.2f s = %.0f/s%s",
                result.side(), result.round(), result.clients(), result.attempted() / result.clients(),
                result.stored(), result.elapsedNanos() / 1e9, result.perSecond(),
                result.firstFailure() == null ? "" : " (" + result.failures() + " failed; first: "
                        + result.firstFailure() + ")"));
        return result;
    }

    private static void log(String message) {
        System.out.println("bench: " + message);
    }
}
