package org.mdmhub.mdm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Settings of {@link WorkflowBenchmark}. Each comes from {@code --name=value}, else system property
 * {@code bench.name}, else the {@code --quick} preset (when given), else the default of the issue.
 */
record WorkflowConfig(
        String baseUrl,
        String keycloakUrl,
        String steward,
        String stewardPassword,
        String approver,
        String approverPassword,
        String jdbcUrl,
        String dbUser,
        String dbPassword,
        int processes,
        int clients,
        int warmup,
        long serverPid,
        Path output,
        boolean quick) {

    private record Setting(String defaultValue, String meaning) {
    }

    private static final Map<String, Setting> SETTINGS = new LinkedHashMap<>();

    static {
        SETTINGS.put("base-url", new Setting("http://127.0.0.1:8080", "the API server"));
        SETTINGS.put("keycloak-url", new Setting("http://localhost:8180", "Keycloak with realm mdm"));
        SETTINGS.put("steward", new Setting("steward", "user with role mdm-steward (creates and submits)"));
        SETTINGS.put("steward-password", new Setting("steward", "its password"));
        SETTINGS.put("approver", new Setting("engineer", "user with role mdm-approver-engineering (approves)"));
        SETTINGS.put("approver-password", new Setting("engineer", "its password"));
        SETTINGS.put("jdbc-url", new Setting("jdbc:postgresql://127.0.0.1:5432/mdm", "the API's database"));
        SETTINGS.put("db-user", new Setting("mdm", "database user"));
        SETTINGS.put("db-password", new Setting("mdm", "its password"));
        SETTINGS.put("processes", new Setting("1000", "approval processes in the measured API round"));
        SETTINGS.put("clients", new Setting("4", "concurrent clients on each side"));
        SETTINGS.put("warmup", new Setting("40", "processes per side before the measured rounds (not recorded)"));
        // Optional: the server's CPU time per process, when it runs on this machine (its java process id).
        SETTINGS.put("server-pid", new Setting("0", "process id of the server's JVM, to report its CPU per process"));
        SETTINGS.put("output", new Setting("target/bench-workflow-result.md", "markdown fragment to write"));
    }

    /** A smoke run: proves the whole benchmark works; its figures are not meant to be quoted. */
    private static final Map<String, String> QUICK = Map.of("processes", "100", "warmup", "8");

    static WorkflowConfig parse(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        boolean quick = Boolean.getBoolean("bench.quick");
        for (String arg : args) {
            if (arg.isBlank()) {
                continue;   // exec passes an empty -Dbench.args as one empty argument
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
        return new WorkflowConfig(
                trimSlash(value.apply("base-url")),
                trimSlash(value.apply("keycloak-url")),
                value.apply("steward"),
                value.apply("steward-password"),
                value.apply("approver"),
                value.apply("approver-password"),
                value.apply("jdbc-url"),
                value.apply("db-user"),
                value.apply("db-password"),
                count("processes", value.apply("processes"), 1),
                count("clients", value.apply("clients"), 1),
                count("warmup", value.apply("warmup"), 0),
                count("server-pid", value.apply("server-pid"), 0),
                output(given.containsKey("output") || System.getProperty("bench.output") != null,
                        value.apply("output")),
                quick);
    }

    static String usage() {
        StringBuilder text = new StringBuilder("usage: WorkflowBenchmark [--quick] [--name=value ...]\n"
                + "  --quick                smoke run: 100 processes, 8 warm-up processes per side\n");
        SETTINGS.forEach((name, setting) -> text.append(String.format("  --%-20s %s%s%n", name + "=",
                setting.meaning(), setting.defaultValue().isEmpty() ? "" : " [" + setting.defaultValue() + "]")));
        return text.append("Every setting can also be given as system property bench.<name>.").toString();
    }

    /** The settings {@link KeycloakTokens} reads (Keycloak URL, user, password), for one of the two users. */
    BenchConfig tokenConfig(String user, String password) {
        return BenchConfig.parse(new String[] {"--keycloak-url=" + keycloakUrl, "--user=" + user,
                "--password=" + password});
    }

    /**
     * The default fragment goes to the module's {@code target/}: a forked JVM ({@code -Pbench-fork}) runs the
     * benchmark in the module directory, {@code exec:java} ({@code -Pbench}) in the caller's, which is the repository
     * root in the reactor ({@code mvn -pl mdm-bench -am}).
     */
    private static Path output(boolean explicit, String path) {
        Path chosen = Path.of(path);
        if (!explicit && Files.isDirectory(Path.of("mdm-bench", "target"))) {
            return Path.of("mdm-bench").resolve(chosen);
        }
        return chosen;
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
