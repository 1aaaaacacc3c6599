package org.mdmhub.mdm.bench;

import java.nio.file.Path;
import java.time.Duration;

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

    private static final BenchArgs ARGS = new BenchArgs("WebhookLatencyBenchmark",
            "smoke run: 40 releases after 5 warm-up ones")
            .setting("base-url", "http://127.0.0.1:8080", "the API server")
            .setting("keycloak-url", "http://localhost:8180", "Keycloak with realm mdm")
            .setting("releases", "300", "measured releases, each its own change request and approval")
            .setting("warmup", "20", "releases before the measured ones (not recorded)")
            .setting("interval-ms", "250", "a release is started every this many ms (steady pace, one at a time)")
            .setting("output", "target/bench-webhook-result.md", "markdown fragment to write")
            .quick("releases", "40").quick("warmup", "5");

    static WebhookLatencyConfig parse(String[] args) {
        BenchArgs.Values v = ARGS.parse(args);
        return new WebhookLatencyConfig(v.url("base-url"), v.url("keycloak-url"), v.count("releases", 1),
                v.count("warmup", 0), Duration.ofMillis(v.count("interval-ms", 1)), v.output("output"), v.quick());
    }

    static String usage() {
        return ARGS.usage();
    }

    /** The settings {@link KeycloakTokens} reads, for one demo user (password = user name). */
    BenchConfig tokens(String user) {
        return BenchConfig.parse(new String[] {"--keycloak-url=" + keycloakUrl, "--user=" + user, "--password=" + user});
    }

}
