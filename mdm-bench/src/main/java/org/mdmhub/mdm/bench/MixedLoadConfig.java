package org.mdmhub.mdm.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Settings of {@link MixedLoadBenchmark}, each from {@code --name=value}, else system property {@code bench.name},
 * else the {@code --quick} preset (when given), else the default of the issue.
 *
 * @param baseUrl       the API server
 * @param managementUrl the server's management interface (its Prometheus page gives the heap)
 * @param keycloakUrl   Keycloak with realm mdm
 * @param released      items released through the API before the load (the read set)
 * @param drafts        drafts created before the load (what edits and approvals take)
 * @param rates         the ramp: operations per second of each step, ascending
 * @param step          how long each ramp step runs
 * @param warmup        a first step at the lowest rate, not recorded
 * @param hold          how long the chosen rate is held
 * @param holdRate      the rate to hold; 0: the highest ramp step that met the target
 * @param serverPid     the server's JVM on this machine: forced GC before each heap reading, and its CPU time
 * @param output        the markdown fragment to write
 * @param quick         a smoke run, figures not to be quoted
 */
record MixedLoadConfig(String baseUrl, String managementUrl, String keycloakUrl, int released, int drafts,
                       List<Integer> rates, Duration step, Duration warmup, Duration hold, int holdRate,
                       long serverPid, Path output, boolean quick) {

    private static final BenchArgs ARGS = new BenchArgs("MixedLoadBenchmark",
            "smoke run: 60 released + 30 drafts, ramp 5,10,25/s of 15 s, hold 60 s")
            .setting("base-url", "http://127.0.0.1:8080", "the API server")
            .setting("management-url", "http://127.0.0.1:9990", "the server's management interface (/metrics)")
            .setting("keycloak-url", "http://localhost:8180", "Keycloak with realm mdm")
            .setting("released", "300", "items released through the API before the load (read set)")
            .setting("drafts", "100", "drafts created before the load (taken by edits and approvals)")
            .setting("rates", "5,10,25,50,100,150,200,300,400", "ramp: operations/s per step, ascending")
            .setting("step", "60", "seconds per ramp step")
            .setting("warmup", "30", "seconds at the lowest rate before the ramp (not recorded)")
            .setting("hold", "600", "seconds the chosen rate is held")
            .setting("hold-rate", "0", "operations/s to hold; 0: the highest ramp step with p99 under target")
            .setting("server-pid", "0", "pid of the server's JVM: GC (jcmd) before each heap reading, its CPU time")
            .setting("output", "target/bench-mixed-load-result.md", "markdown fragment to write")
            // about a minute and a half of load: proves the benchmark works; its figures are not meant to be quoted
            .quick("released", "60").quick("drafts", "30").quick("rates", "5,10,25")
            .quick("step", "15").quick("warmup", "10").quick("hold", "60");

    static MixedLoadConfig parse(String[] args) {
        BenchArgs.Values v = ARGS.parse(args);
        return new MixedLoadConfig(v.url("base-url"), v.url("management-url"), v.url("keycloak-url"),
                v.count("released", 1), v.count("drafts", 1), rates(v.text("rates")),
                Duration.ofSeconds(v.count("step", 1)), Duration.ofSeconds(v.count("warmup", 0)),
                Duration.ofSeconds(v.count("hold", 1)), v.count("hold-rate", 0), v.count("server-pid", 0),
                v.output("output"), v.quick());
    }

    static String usage() {
        return ARGS.usage();
    }

    /** The settings {@link KeycloakTokens} reads, for one demo user (password = user name). */
    BenchConfig tokens(String user) {
        return BenchConfig.parse(new String[] {"--keycloak-url=" + keycloakUrl, "--user=" + user, "--password=" + user});
    }

    private static List<Integer> rates(String text) {
        List<Integer> rates = Arrays.stream(text.split(",")).map(rate -> BenchArgs.count("rates", rate, 1)).toList();
        for (int i = 1; i < rates.size(); i++) {
            if (rates.get(i) <= rates.get(i - 1)) {
                throw new IllegalArgumentException("--rates must ascend: " + text);
            }
        }
        return rates;
    }

}
