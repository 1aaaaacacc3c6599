package org.mdmhub.mdm.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What to run against and how hard. Each setting comes from {@code --name=value}, else system property
 * {@code bench.name}, else the {@code --quick} preset (when given), else the default of the issue.
 */
record BenchConfig(
        String baseUrl,
        String keycloakUrl,
        String user,
        String password,
        String jdbcUrl,
        String dbUser,
        String dbPassword,
        int rate,
        Duration readWarmup,
        Duration readMeasure,
        int clients,
        int warmupRowsPerClient,
        int roundRowsPerClient,
        int rounds,
        Path output,
        Path samples,
        boolean quick) {

    /** A setting's default and what it means, for {@link #usage()}. */
    private record Setting(String defaultValue, String meaning) {
    }

    /** Setting name → default and meaning, in the order {@link #usage()} lists them. */
    private static final Map<String, Setting> SETTINGS = new LinkedHashMap<>();

    static {
        SETTINGS.put("base-url", new Setting("http://127.0.0.1:8080", "the API server"));
        // The token issuer must match the server's OIDC provider URL, which the local stack sets to localhost.
        SETTINGS.put("keycloak-url", new Setting("http://localhost:8180", "Keycloak with realm mdm"));
        SETTINGS.put("user", new Setting("steward", "a user with role mdm-steward"));
        SETTINGS.put("password", new Setting("steward", "its password"));
        SETTINGS.put("jdbc-url", new Setting("jdbc:postgresql://127.0.0.1:5432/mdm", "the API's database"));
        SETTINGS.put("db-user", new Setting("mdm", "database user"));
        SETTINGS.put("db-password", new Setting("mdm", "its password"));
        SETTINGS.put("rate", new Setting("500", "reads per second"));
        SETTINGS.put("warmup", new Setting("10", "read warm-up, seconds (not recorded)"));
        SETTINGS.put("duration", new Setting("30", "recorded reads, seconds"));
        SETTINGS.put("clients", new Setting("8", "concurrent create clients on each side"));
        SETTINGS.put("warmup-rows", new Setting("100", "rows per client in the warm-up round of each side"));
        SETTINGS.put("round-rows", new Setting("500", "rows per client in a measured round"));
        SETTINGS.put("rounds", new Setting("2", "measured rounds per side"));
        SETTINGS.put("output", new Setting("target/bench-result.md", "markdown fragment to write"));
        // To find when slow requests happened (a GC pause, a checkpoint, a neighbour's build).
        SETTINGS.put("samples", new Setting("", "CSV of every recorded read (due ms, latency ms, status)"));
    }

    /** A smoke run: proves the whole benchmark works in about half a minute; its figures are not meant to be quoted. */
    private static final Map<String, String> QUICK = Map.of(
            "warmup", "2", "duration", "5", "warmup-rows", "20", "round-rows", "50");

    static BenchConfig parse(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        boolean quick = Boolean.getBoolean("bench.quick");
        for (String arg : args) {
            if (arg.isBlank()) {
                continue;   // exec:java passes an empty -Dbench.args as one empty argument
            }
            if (arg.equals("--quick")) {
                quick = true;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = arg.startsWith("--") && eq > 2 ? arg.substring(2, eq) : null;
            if (name == null || !SETTINGS.containsKey(name)) {
                throw new IllegalArgumentException("unknown argument '" + arg + "'\n" + usage());
            }
            given.put(name, arg.substring(eq + 1));
        }
        boolean isQuick = quick;
        Function<String, String> value = name -> given.getOrDefault(name, System.getProperty("bench." + name,
                isQuick && QUICK.containsKey(name) ? QUICK.get(name) : SETTINGS.get(name).defaultValue()));
        String samples = value.apply("samples");
        return new BenchConfig(
                trimSlash(value.apply("base-url")),
                trimSlash(value.apply("keycloak-url")),
                value.apply("user"),
                value.apply("password"),
                value.apply("jdbc-url"),
                value.apply("db-user"),
                value.apply("db-password"),
                positive("rate", value.apply("rate")),
                Duration.ofSeconds(seconds("warmup", value.apply("warmup"))),
                Duration.ofSeconds(positive("duration", seconds("duration", value.apply("duration")))),
                positive("clients", value.apply("clients")),
                positive("warmup-rows", value.apply("warmup-rows")),
                positive("round-rows", value.apply("round-rows")),
                positive("rounds", value.apply("rounds")),
                Path.of(value.apply("output")),
                samples.isBlank() ? null : Path.of(samples),
                quick);
    }

    static String usage() {
        StringBuilder text = new StringBuilder("usage: ItemApiBenchmark [--quick] [--name=value ...]\n"
                + "  --quick                smoke run: 2 s read warm-up, 5 s recorded, create rounds of 50 per client\n");
        SETTINGS.forEach((name, setting) -> text.append(String.format("  --%-20s %s%s%n", name + "=",
                setting.meaning(), setting.defaultValue().isEmpty() ? "" : " [" + setting.defaultValue() + "]")));
        return text.append("Every setting can also be given as system property bench.<name>.").toString();
    }

    int readWarmupRequests() {
        return Math.toIntExact(rate * readWarmup.toSeconds());
    }

    int readMeasuredRequests() {
        return Math.toIntExact(rate * readMeasure.toSeconds());
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Seconds, optionally written with a trailing "s" ("30s"). */
    private static int seconds(String name, String text) {
        String digits = text.endsWith("s") ? text.substring(0, text.length() - 1) : text;
        int value = integer(name, digits);
        if (value < 0) {
            throw new IllegalArgumentException("--" + name + " must not be negative: " + text);
        }
        return value;
    }

    private static int positive(String name, String text) {
        return positive(name, integer(name, text));
    }

    private static int positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException("--" + name + " must be positive: " + value);
        }
        return value;
    }

    private static int integer(String name, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " is not a whole number: '" + text + "'");
        }
    }
}
