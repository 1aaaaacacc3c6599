package org.mdmhub.mdm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine side of the workflow comparison, through the REST API: drafts are created with
 * {@code POST /items} (untimed), then each is submitted ({@code POST /items/{id}/submit}: a change request and a
 * Flowable process with its DMN decision and one task) and approved ({@code POST /tasks/{id}/approve}: the task
 * completes, the process ends, the item is released in the same transaction).
 */
final class ApiWorkflow {
    static final String APPROVER_GROUP = "mdm-approver-engineering";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    // One HTTP/1.1 client for all clients: it pools connections, so each busy client keeps one open.
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ObjectMapper json;
    private final String baseUrl;

    ApiWorkflow(WorkflowConfig config, ObjectMapper json) {
        this.json = json;
        this.baseUrl = config.baseUrl() + "/api/v1";
    }

    /**
     * Component item {@code n} of a run: its own number and its own valid GTIN-13, because at release two released
     * items of different numbers may not share a GTIN. The GTIN is "2" (a GS1 prefix for restricted circulation),
     * six digits of the run's start second and five of {@code n}, then the check digit.
     */
    static BenchItem item(String prefix, String runId, long runSecond, int n) {
        if (n > 99_999) {
            throw new IllegalArgumentException("at most 100,000 items per run and side: " + n);
        }
        String body = String.format("2%06d%05d", runSecond % 1_000_000, n);
        return new BenchItem(UUID.randomUUID(), prefix + "-" + runId + "-" + n, "A", "Bench workflow part " + n,
                "component", "C62", body + checkDigit(body), new BenchItem.Weight(new BigDecimal("0.012"), "KGM"));
    }

    /** GS1 check digit of the first 12 digits of a GTIN-13. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = digits.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (digits.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10;
    }

    /** Creates the drafts with {@code clients} concurrent requests; returns their ids in the order of {@code items}. */
    List<UUID> createDrafts(String stewardToken, List<BenchItem> items, int clients) throws Exception {
        UUID[] ids = new UUID[items.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < ids.length; i = next.getAndIncrement()) {
                        ids[i] = createDraft(stewardToken, items.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return List.of(ids);
    }

    private UUID createDraft(String token, BenchItem item) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + "/items"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(item))));
        expect(response, 201, "POST /items");
        return UUID.fromString(json.readTree(response.body()).get("id").asText());
    }

    /** Clients for one round; the caller passes tokens fetched for that round. */
    WorkflowClient.Factory clients(String stewardToken, String approverToken) {
        return () -> new Client("Bearer " + stewardToken, "Bearer " + approverToken);
    }

    private final class Client implements WorkflowClient {
        private final String steward;
        private final String approver;

        Client(String steward, String approver) {
            this.steward = steward;
            this.approver = approver;
        }

        @Override
        public String start(UUID item) throws Exception {
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                            URI.create(baseUrl + "/items/" + item + "/submit"))
                    .header("Authorization", steward)
                    .POST(HttpRequest.BodyPublishers.noBody()));
            expect(response, 200, "POST /items/{id}/submit");
            JsonNode tasks = json.readTree(response.body()).path("openTasks");
            if (tasks.size() != 1 || !APPROVER_GROUP.equals(tasks.get(0).path("group").asText())) {
                throw new IllegalStateException("submit opened " + tasks + ", expected one task of " + APPROVER_GROUP);
            }
            return tasks.get(0).get("id").asText();
        }

        @Override
        public void complete(UUID item, String taskId) throws Exception {
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                            URI.create(baseUrl + "/tasks/" + taskId + "/approve"))
                    .header("Authorization", approver)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")));
            expect(response, 204, "POST /tasks/{id}/approve");
        }

        @Override
        public void close() {
            // the shared HttpClient keeps its pooled connections for the next round
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            String body = response.body();
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": "
                    + (body.length() <= 300 ? body : body.substring(0, 300) + "..."));
        }
    }
}
