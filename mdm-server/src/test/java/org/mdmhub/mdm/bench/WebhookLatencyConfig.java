package org.mdmhub.mdm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Settings of {@link WebhookLatencyBenchmark}, each from {@code --name=value}, else system property
 * {@code bench.name}, else the {@code --quick} preset (when given), else the default.
 *
 * @param baseUrl     the API server
 * @param keycloakUrl Keycloak with realm mdm (its issuer must be the one the server trusts)
 * @param releases    measured releases, one change request each
 * @param warmup      releases before them, not recorded
 * @param interval    the pace: one release is started every interval (the next waits if one takes longer)
 * @param output      the markdown fragment to write
 * @param quick       a smoke run, figures not to be quoted
 */
record WebhookLatencyConfig(String baseUrl, String keycloakUrl, int releases, int warmup, Duration interval,
                            Path output, boolean quick) {

    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();
    private static final Map<String, String> MEANINGS = new LinkedHashMap<>();

    static {
        setting("base-url", "http://127.0.0.1:8080", "the API server");
        setting("keycloak-url", "http://localhost:8180", "Keycloak with realm mdm");
        setting("releases", "300", "measured releases, each its own change request and approval");
        setting("warmup", "20", "releases before the measured ones (not recorded)");
        setting("interval-ms", "250", "a release is started every this many ms (steady pace, one at a time)");
        setting("output", "target/bench-webhook-result.md", "markdown fragment to write");
    }

    private static final Map<String, String> QUICK = Map.of("releases", "40", "warmup", "5");

    private static void setting(String name, String defaultValue, String meaning) {
        DEFAULTS.put(name, defaultValue);
        MEANINGS.put(name, meaning);
    }

    static WebhookLatencyConfig parse(String[] args) {
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
        return new WebhookLatencyConfig(trimSlash(value.apply("base-url")), trimSlash(value.apply("keycloak-url")),
                count("releases", value.apply("releases"), 1), count("warmup", value.apply("warmup"), 0),
                Duration.ofMillis(count("interval-ms", value.apply("interval-ms"), 1)),
                output(explicitOutput, value.apply("output")), quick);
    }

    static String usage() {
        StringBuilder text = new StringBuilder("usage: WebhookLatencyBenchmark [--quick] [--name=value ...]\n"
                + "  --quick                smoke run: 40 releases after 5 warm-up ones\n");
        MEANINGS.forEach((name, meaning) -> text.append(String.format("  --%-20s %s [%s]%n", name + "=", meaning,
                DEFAULTS.get(name))));
        return text.append("Every setting can also be given as system property bench.<name>.").toString();
    }

    /** The settings {@link KeycloakTokens} reads, for one demo user (password = user name). */
    BenchConfig tokens(String user) {
        return BenchConfig.parse(new String[] {"--keycloak-url=" + keycloakUrl, "--user=" + user, "--password=" + user});
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
