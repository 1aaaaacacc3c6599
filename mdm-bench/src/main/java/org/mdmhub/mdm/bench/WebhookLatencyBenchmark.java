package org.mdmhub.mdm.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.mdmhub.mdm.publication.webhook.WebhookReceiver;
import org.mdmhub.mdm.publication.webhook.WebhookSignature;
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.Subscriptions;

/**
 * Commit-to-delivery latency of single releases to a webhook on loopback (targets: p50 ≤ 50 ms, p99 ≤ 250 ms),
 * against a running stack.
 *
 * <p>A {@link WebhookReceiver} in this JVM is the target of a webhook subscription made for the run. Items are
 * released one at a time at a steady pace, each by its own change request ({@code POST /items/{id}/submit}) and
 * approval ({@code POST /tasks/{id}/approve}, which releases the item and writes the outbox event in the same
 * transaction). An event's latency is the receiver's arrival time minus the CloudEvent {@code time}: the
 * moment the outbox row was written, inside the committing transaction — so it covers the rest of that
 * transaction and its commit, the wake-up, the claim, signing and the HTTP request. Both clocks are this
 * machine's.
 *
 * <p>The same-run baseline is this JVM posting the very same bodies, signed, to the same receiver one at a time:
 * one way (send → arrival) and the round trip. The difference is the hub's own share.
 *
 * <p>The subscription is switched off at the end: an active one would receive every later release of the stack.
 */
public final class WebhookLatencyBenchmark {
    private static final String SECRET = "bench-webhook-signing-secret";
    private static final Duration ARRIVAL_TIMEOUT = Duration.ofSeconds(30);
    private static final double TARGET_P50_MS = 50;
    private static final double TARGET_P99_MS = 250;

    private WebhookLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--help")) {
            System.out.println(WebhookLatencyConfig.usage());
            return;
        }
        WebhookLatencyConfig config = WebhookLatencyConfig.parse(args);
        System.setProperty("keycloak.url", config.keycloakUrl()); // read by testsupport's Keycloak, used for the admin calls
        Instant started = Instant.now();
        String runId = Long.toString(started.toEpochMilli(), 36).toUpperCase(Locale.ROOT);
        ObjectMapper json = new ObjectMapper();
        ApiWorkflow workflow = new ApiWorkflow(WorkflowConfig.parse(new String[] {"--base-url=" + config.baseUrl()}), json);
        String steward = new KeycloakTokens(config.tokens("steward"), json).fresh();
        String engineer = new KeycloakTokens(config.tokens("engineer"), json).fresh();
        Api admin = new Api(URI.create(config.baseUrl() + "/").toURL());
        int total = config.warmup() + config.releases();
        log("run " + runId + " against " + config.baseUrl() + ": " + config.warmup() + " warm-up + " + config.releases()
                + " releases, one every " + config.interval().toMillis() + " ms" + (config.quick() ? ", --quick" : ""));

        List<BenchItem> items = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            items.add(ApiWorkflow.item("WHB", runId, started.getEpochSecond(), i));
        }
        List<UUID> drafts = workflow.createDrafts(steward, items, 4);

        try (WebhookReceiver receiver = WebhookReceiver.start(SECRET)) {
            String subscription = Subscriptions.create(admin, "{\"name\":\"bench-webhook-" + runId + "\","
                    + "\"targetType\":\"webhook\",\"domains\":[\"item\"],\"config\":{\"url\":\"" + receiver.url()
                    + "\"},\"secret\":\"" + SECRET + "\"}");
            Result result;
            try {
                result = measure(config, workflow.clients(steward, engineer).open(), drafts, receiver);
            } finally {
                Subscriptions.deactivate(admin, subscription);
            }
            Baseline baseline = directPosts(result.bodies(), config.interval());
            String report = report(started, config, result, baseline);
            System.out.print(report);
            Path output = config.output().toAbsolutePath();
            Files.createDirectories(output.getParent());
            Files.writeString(output, report);
            log("markdown fragment written to " + output);
        }
    }

    /** Latencies in ns of the measured releases, the bodies as received (for the baseline), and the load. */
    private record Result(long[] hub, long[] afterApproveResponse, int missing, List<byte[]> bodies,
                          SystemLoad before, SystemLoad after) {
    }

    private static Result measure(WebhookLatencyConfig config, WorkflowClient client, List<UUID> drafts,
                                  WebhookReceiver receiver) throws Exception {
        Map<UUID, Instant> approvedAt = new HashMap<>();
        SystemLoad before = SystemLoad.now();
        long start = System.nanoTime();
        for (int i = 0; i < drafts.size(); i++) {
            long due = start + i * config.interval().toNanos();
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            UUID item = drafts.get(i);
            client.complete(item, client.start(item));
            approvedAt.put(item, Instant.now());
        }
        SystemLoad after = SystemLoad.now();
        receiver.awaitReceipts(drafts.size(), ARRIVAL_TIMEOUT);

        Map<String, WebhookReceiver.Received> bySubject = new HashMap<>();
        receiver.events().forEach(r -> bySubject.putIfAbsent(r.subject(), r));
        List<UUID> measured = drafts.subList(config.warmup(), drafts.size());
        List<Long> hub = new ArrayList<>();
        List<Long> afterResponse = new ArrayList<>();
        List<byte[]> bodies = new ArrayList<>();
        for (UUID item : measured) {
            WebhookReceiver.Received event = bySubject.get(item.toString());
            if (event == null) {
                continue;
            }
            Instant written = Instant.parse(event.event().get("time").asText());
            hub.add(Duration.between(written, event.receivedAt()).toNanos());
            afterResponse.add(Duration.between(approvedAt.get(item), event.receivedAt()).toNanos());
            bodies.add(event.body());
        }
        return new Result(nanos(hub), nanos(afterResponse), measured.size() - hub.size(), bodies, before, after);
    }

    /** One way (send → arrival at the receiver) and round trip of a direct signed POST, in ns. */
    private record Baseline(long[] oneWay, long[] roundTrip) {
    }

    /** The same bodies posted by this JVM, signed like the hub signs, one at a time, to a receiver of their own. */
    private static Baseline directPosts(List<byte[]> bodies, Duration interval) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> oneWay = new ArrayList<>();
        List<Long> roundTrip = new ArrayList<>();
        try (WebhookReceiver receiver = WebhookReceiver.start(SECRET)) {
            for (int i = 0; i < bodies.size(); i++) {
                Thread.sleep(interval.toMillis()); // the hub's pace: connections idle alike
                byte[] body = bodies.get(i);
                long timestamp = Instant.now().getEpochSecond();
                HttpRequest request = HttpRequest.newBuilder(URI.create(receiver.url()))
                        .header("Content-Type", "application/cloudevents+json")
                        .header(WebhookSignature.ID_HEADER, "baseline-" + i)
                        .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                        .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(SECRET, timestamp, body))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                Instant sent = Instant.now();
                long t0 = System.nanoTime();
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                long elapsed = System.nanoTime() - t0;
                if (response.statusCode() != 204) {
                    throw new IllegalStateException("the receiver answered " + response.statusCode() + " to a direct post");
                }
                roundTrip.add(elapsed);
                oneWay.add(Duration.between(sent, receiver.events().get(receiver.receipts() - 1).receivedAt()).toNanos());
            }
        }
        return new Baseline(nanos(oneWay), nanos(roundTrip));
    }

    private static String report(Instant started, WebhookLatencyConfig config, Result result, Baseline baseline) {
        LatencyStats hub = LatencyStats.of(result.hub());
        LatencyStats afterResponse = LatencyStats.of(result.afterApproveResponse());
        LatencyStats oneWay = LatencyStats.of(baseline.oneWay());
        LatencyStats roundTrip = LatencyStats.of(baseline.roundTrip());
        MachineInfo machine = MachineInfo.detect();
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Run of %s, %d releases (after %d warm-up), one every %d ms, against %s%n",
                started, config.releases(), config.warmup(), config.interval().toMillis(), config.baseUrl()));
        text.append(String.format(Locale.ROOT, "Machine: %d cores, %s, %s, %s; Java %s%n", machine.cores(), machine.memory(),
                machine.cpuModel(), machine.os(), machine.java()));
        text.append(String.format(Locale.ROOT, "Load while releasing: %s%n%n", SystemLoad.describe(result.before(), result.after())));
        text.append("| Figure | p50 / p90 / p99 / max | Target | Result |\n|---|---|---|---|\n");
        text.append(row("Hub: outbox write → arrival at the webhook", hub,
                String.format(Locale.ROOT, "p50 ≤ %.0f ms, p99 ≤ %.0f ms", TARGET_P50_MS, TARGET_P99_MS),
                LatencyStats.millis(hub.p50()) <= TARGET_P50_MS && LatencyStats.millis(hub.p99()) <= TARGET_P99_MS
                        ? "met" : "**not met**"));
        text.append(row("Hub: approve response → arrival (negative: before the response)", afterResponse, "", ""));
        text.append(row("Direct signed POST from the benchmark JVM: send → arrival", oneWay, "", ""));
        text.append(row("Direct signed POST: round trip", roundTrip, "", ""));
        text.append(String.format(Locale.ROOT, "%nEvents measured %d, missing after %d s: %d%n", hub.count(),
                ARRIVAL_TIMEOUT.toSeconds(), result.missing()));
        return text.toString();
    }

    private static String row(String figure, LatencyStats stats, String target, String verdict) {
        return String.format(Locale.ROOT, "| %s | %.2f / %.2f / %.2f / %.2f ms | %s | %s |%n", figure,
                LatencyStats.millis(stats.p50()), LatencyStats.millis(stats.p90()), LatencyStats.millis(stats.p99()),
                LatencyStats.millis(stats.max()), target, verdict);
    }

    private static long[] nanos(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    private static void log(String message) {
        System.out.println("bench: " + message);
    }
}
