package org.mdmhub.mdm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();
    private static final Map<String, String> MEANINGS = new LinkedHashMap<>();

    static {
        setting("base-url", "http://127.0.0.1:8080", "the API server");
        setting("management-url", "http://127.0.0.1:9990", "the server's management interface (/metrics)");
        setting("keycloak-url", "http://localhost:8180", "Keycloak with realm mdm");
        setting("released", "300", "items released through the API before the load (read set)");
        setting("drafts", "100", "drafts created before the load (taken by edits and approvals)");
        setting("rates", "5,10,25,50,100,150,200,300,400", "ramp: operations/s per step, ascending");
        setting("step", "60", "seconds per ramp step");
        setting("warmup", "30", "seconds at the lowest rate before the ramp (not recorded)");
        setting("hold", "600", "seconds the chosen rate is held");
        setting("hold-rate", "0", "operations/s to hold; 0: the highest ramp step with p99 under target");
        setting("server-pid", "0", "pid of the server's JVM: GC (jcmd) before each heap reading, its CPU time");
        setting("output", "target/bench-mixed-load-result.md", "markdown fragment to write");
    }

    /** About a minute and a half of load: proves the benchmark works; its figures are not meant to be quoted. */
    private static final Map<String, String> QUICK = Map.of("released", "60", "drafts", "30", "rates", "5,10,25",
            "step", "15", "warmup", "10", "hold", "60");

    private static void setting(String name, String defaultValue, String meaning) {
        DEFAULTS.put(name, defaultValue);
        MEANINGS.put(name, meaning);
    }

    static MixedLoadConfig parse(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        boolean quick = Boolean.getBoolean("bench.quick");
        for (String arg : args) {
            if (arg.isBlank()) {
                continue; // exec passes an empty -Dexec.args as one empty argument
            }
            if (arg.equals("--quick")) {
                quick = true;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = arg.startsWith("--") && eq > 2 ? arg.substring(2, eq) : null;
            if (name == null || !DEFAULTS.containsKey(name)) {
                throw new IllegalArgumentException("unknown argument '" + arg + "'\n" + usage());
            }
            given.put(name, arg.substring(eq + 1));
        }
        boolean isQuick = quick;
        Function<String, String> value = name -> given.getOrDefault(name, System.getProperty(
                "bench." + name, isQuick && QUICK.containsKey(name) ? QUICK.get(name) : DEFAULTS.get(name)));
        boolean explicitOutput = given.containsKey("output") || System.getProperty("bench.output") != null;
        return new MixedLoadConfig(trimSlash(value.apply("base-url")), trimSlash(value.apply("management-url")),
                trimSlash(value.apply("keycloak-url")), count("released", value.apply("released"), 1),
                count("drafts", value.apply("drafts"), 1), rates(value.apply("rates")),
                Duration.ofSeconds(count("step", value.apply("step"), 1)),
                Duration.ofSeconds(count("warmup", value.apply("warmup"), 0)),
                Duration.ofSeconds(count("hold", value.apply("hold"), 1)),
                count("hold-rate", value.apply("hold-rate"), 0), count("server-pid", value.apply("server-pid"), 0),
                output(explicitOutput, value.apply("output")), quick);
    }

    static String usage() {
        StringBuilder text = new StringBuilder("usage: MixedLoadBenchmark [--quick] [--name=value ...]\n"
                + "  --quick                smoke run: 60 released + 30 drafts, ramp 5,10,25/s of 15 s, hold 60 s\n");
        MEANINGS.forEach((name, meaning) -> text.append(String.format("  --%-20s %s [%s]%n", name + "=", meaning,
                DEFAULTS.get(name))));
        return text.append("Every setting can also be given as system property bench.<name>.").toString();
    }

    /** The settings {@link KeycloakTokens} reads, for one demo user (password = user name). */
    BenchConfig tokens(String user) {
        return BenchConfig.parse(new String[] {"--keycloak-url=" + keycloakUrl, "--user=" + user, "--password=" + user});
    }

    private static List<Integer> rates(String text) {
        List<Integer> rates = Arrays.stream(text.split(",")).map(rate -> count("rates", rate, 1)).toList();
        for (int i = 1; i < rates.size(); i++) {
            if (rates.get(i) <= rates.get(i - 1)) {
                throw new IllegalArgumentException("--rates must ascend: " + text);
            }
        }
        return rates;
    }

    /** By default into the module's target/, whether Maven runs in the module or the repository root. */
    private static Path output(boolean explicit, String path) {
        Path chosen = Path.of(path);
        return !explicit && Files.isDirectory(Path.of("mdm-server", "target")) ? Path.of("mdm-server").resolve(chosen) : chosen;
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static int count(String name, String text, int minimum) {
        int value;
        try {
            value = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " is not a whole number: '" + text + "'");
        }
        if (value < minimum) {
            throw new IllegalArgumentException("--" + name + " must be at least " + minimum + ": " + value);
        }
        return value;
    }
}
