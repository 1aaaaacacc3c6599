package org.mdmhub.mdm.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Measures the performance figures of the lifecycle issue in one run against a running stack: approval processes
 * started ({@code POST /items/{id}/submit}) and completed ({@code POST /tasks/{id}/approve}) through the REST API by
 * concurrent clients — throughput and the latency of each step — against a JDBC baseline doing the same two state
 * changes per record without the engine, on the same database in the same run.
 *
 * <p>Order: drafts for both sides are created first (untimed); then a warm-up round per side (not recorded), then
 * JDBC, API, JDBC, so drift and neighbours' load hit the baseline on both sides of the API round.
 */
public final class WorkflowBenchmark {
    static final String API_PREFIX = "WFB";
    static final String JDBC_PREFIX = "WFJ";

    private WorkflowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--help")) {
            System.out.println(WorkflowConfig.usage());
            return;
        }
        WorkflowConfig config = WorkflowConfig.parse(args);
        Instant started = Instant.now();
        // Item numbers carry the run id, so runs against the same database never collide.
        String runId = Long.toString(started.toEpochMilli(), 36).toUpperCase(Locale.ROOT);
        ObjectMapper json = new ObjectMapper();
        MachineInfo machine = MachineInfo.detect();
        ApiWorkflow api = new ApiWorkflow(config, json);
        JdbcWorkflowBaseline baseline = new JdbcWorkflowBaseline(config);
        KeycloakTokens stewardTokens = new KeycloakTokens(
                config.tokenConfig(config.steward(), config.stewardPassword()), json);
        KeycloakTokens approverTokens = new KeycloakTokens(
                config.tokenConfig(config.approver(), config.approverPassword()), json);
        log("run " + runId + " against " + config.baseUrl() + " (tokens from " + config.keycloakUrl() + ", baseline "
                + config.jdbcUrl() + "): " + config.processes() + " processes, " + config.clients() + " clients, "
                + config.warmup() + " warm-up per side" + (config.quick() ? ", --quick" : ""));
        String database = baseline.describeServer();

        int warmup = config.warmup();
        int n = config.processes();
        long runSecond = started.getEpochSecond();
        List<BenchItem> apiItems = new ArrayList<>();
        for (int i = 0; i < warmup + n; i++) {
            apiItems.add(ApiWorkflow.item(API_PREFIX, runId, runSecond, i));
        }
        long draftsStart = System.nanoTime();
        List<UUID> apiIds = api.createDrafts(stewardTokens.fresh(), apiItems, config.clients());
        log(String.format(Locale.ROOT, "created %d drafts through the API in %.1f s (untimed)", apiIds.size(),
                (System.nanoTime() - draftsStart) / 1e9));

        WorkflowReport report;
        baseline.prepareTables();
        try {
            List<BenchItem> jdbcItems = new ArrayList<>();
            for (int i = 0; i < warmup + 2 * n; i++) {
                jdbcItems.add(ApiWorkflow.item(JDBC_PREFIX, runId, runSecond, i));
            }
            List<UUID> jdbcIds = baseline.insertDrafts(jdbcItems);
            if (warmup > 0) {
                logRound(WorkflowRound.run("jdbc", "W", config.clients(), jdbcIds.subList(0, warmup),
                        baseline.clients()));
                logRound(WorkflowRound.run("api", "W", config.clients(), apiIds.subList(0, warmup),
                        api.clients(stewardTokens.fresh(), approverTokens.fresh())));
            }
            WorkflowRoundResult jdbc1 = logRound(WorkflowRound.run("jdbc", "1", config.clients(),
                    jdbcIds.subList(warmup, warmup + n), baseline.clients()));
            // Fresh tokens for the measured round: they live 900 s.
            WorkflowClient.Factory apiClients = api.clients(stewardTokens.fresh(), approverTokens.fresh());
            long serverCpuBefore = SystemLoad.processCpuMillis(config.serverPid());
            WorkflowRoundResult apiRound = logRound(WorkflowRound.run("api", "1", config.clients(),
                    apiIds.subList(warmup, warmup + n), apiClients));
            long serverCpuAfter = SystemLoad.processCpuMillis(config.serverPid());
            long serverCpuMillis = config.serverPid() > 0 && serverCpuBefore >= 0 && serverCpuAfter >= 0
                    ? serverCpuAfter - serverCpuBefore : -1;
            WorkflowRoundResult jdbc2 = logRound(WorkflowRound.run("jdbc", "2", config.clients(),
                    jdbcIds.subList(warmup + n, warmup + 2 * n), baseline.clients()));
            Map<String, Long> apiStates = baseline.apiStates(API_PREFIX + "-" + runId + "-");
            Map<String, Long> jdbcStates = baseline.baselineStates();
            log("item states afterwards: API " + apiStates + ", baseline " + jdbcStates);
            report = new WorkflowReport(started, config, machine, database, apiRound, List.of(jdbc1, jdbc2),
                    serverCpuMillis, apiStates, jdbcStates);
        } finally {
            baseline.dropTables();
        }

        System.out.print(report.text());
        Path output = config.output().toAbsolutePath();
        Files.createDirectories(output.getParent());
        Files.writeString(output, report.markdown());
        log("markdown fragment written to " + output);
    }

    private static WorkflowRoundResult logRound(WorkflowRoundResult result) {
        log(String.format(Locale.ROOT, "%-4s round %s: %d clients, %d records -> %d completed in %.2f s = %.1f/s;"
                        + " start p50/p99 %.2f/%.2f ms, complete p50/p99 %.2f/%.2f ms; %s%s",
                result.side(), result.round(), result.clients(), result.attempted(), result.completed(),
                result.elapsedNanos() / 1e9, result.perSecond(),
                LatencyStats.millis(result.start().p50()), LatencyStats.millis(result.start().p99()),
                LatencyStats.millis(result.complete().p50()), LatencyStats.millis(result.complete().p99()),
                SystemLoad.describe(result.before(), result.after()),
                result.firstFailure() == null ? "" : " (" + result.failures() + " failed; first: "
                        + result.firstFailure() + ")"));
        return result;
    }

    private static void log(String message) {
        System.out.println("bench: " + message);
    }
}
