package org.mdmhub.mdm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The mixed load of issue 10 at a constant arrival rate (open model, as {@link OpenModelReads}): operation i is due
 * at start + i / rate and leaves then whatever earlier ones are doing, and its latency counts from that due time,
 * so a stall is paid by every operation scheduled during it. The mix, drawn at random per operation: 80 % reads
 * (60 % one item, 10 % a page of released items, 10 % a name search), 15 % edits (10 % a PUT of a draft with
 * If-Match, 5 % a new draft), 5 % approvals (submit a draft, then approve its task as a second user at once; the
 * item is released). Creates replace the drafts approvals use up, so the draft pool stays about its seeded size.
 */
final class MixedLoad {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    // Completions parse a small answer and, for approvals, send the second request; the sockets are served by the
    // client's own selector thread.
    private static final int CALLBACK_THREADS = 4;
    private static final int PAGE_SIZE = 20;

    /** What one request does; the report lists them in this order. */
    enum Kind {
        GET_ITEM("get item"), LIST("list page"), SEARCH("search"), UPDATE("update draft"), CREATE("create draft"),
        SUBMIT("submit"), APPROVE("approve");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private final ObjectMapper json;
    private final String items;
    private final String tasks;
    private final WorkingSet set;
    private final Supplier<String> reader;
    private final Supplier<String> steward;
    private final Supplier<String> approver;
    private final long serverPid;
    private final SplittableRandom random = new SplittableRandom(42);
    private final ExecutorService callbacks = Executors.newFixedThreadPool(CALLBACK_THREADS, runnable -> {
        Thread thread = new Thread(runnable, "bench-mixed");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(callbacks)
            .build();
    private final AtomicInteger edits = new AtomicInteger();

    /** Each token supplier answers a current bearer token of its user: a viewer, a steward, an approver. */
    MixedLoad(String baseUrl, ObjectMapper json, WorkingSet set, Supplier<String> reader, Supplier<String> steward,
              Supplier<String> approver, long serverPid) {
        this.json = json;
        this.items = baseUrl + "/api/v1/items";
        this.tasks = baseUrl + "/api/v1/tasks/";
        this.set = set;
        this.reader = reader;
        this.steward = steward;
        this.approver = approver;
        this.serverPid = serverPid;
    }

    /** The ETag of a draft created before the load (untimed): the seed's creates do not keep it. */
    String etag(UUID id) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(get(URI.create(items + "/" + id), reader.get()),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.headers().firstValue("ETag").isEmpty()) {
            throw new IllegalStateException("GET " + id + " answered " + response.statusCode() + " without ETag");
        }
        return response.headers().firstValue("ETag").get();
    }

    MixedStepResult run(String name, int rate, Duration duration) throws Exception {
        int total = (int) Math.max(1, rate * duration.toMillis() / 1000);
        Step step = new Step();
        List<CompletableFuture<?>> done = new ArrayList<>(total);
        SystemLoad before = SystemLoad.now();
        long cpuBefore = SystemLoad.processCpuMillis(serverPid);
        long maxLag = 0;
        long firstSent = 0;
        long lastSent = 0;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        for (int i = 0; i < total; i++) {
            long due = start + i * 1_000_000_000L / rate;
            waitUntil(due);
            long sent = System.nanoTime();
            maxLag = Math.max(maxLag, sent - due);
            firstSent = i == 0 ? sent : firstSent;
            lastSent = sent;
            done.add(operation(step, due)
                    .handle((ignored, failure) -> failure == null ? null : step.broken(failure)));
        }
        // Every request answers or times out, and an approval's second request only follows an answer, so this
        // ends; joining it also makes what the callback threads recorded visible here.
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new))
                .get(2 * TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS);
        long cpuAfter = SystemLoad.processCpuMillis(serverPid);
        SystemLoad after = SystemLoad.now();
        double sentRate = total > 1 ? (total - 1) * 1e9 / (lastSent - firstSent) : 0;
        return step.result(name, rate, duration, total, sentRate, maxLag, before, after,
                serverPid > 0 && cpuBefore >= 0 && cpuAfter >= 0 ? cpuAfter - cpuBefore : -1);
    }

    void close() {
        callbacks.shutdownNow();
    }

    private CompletableFuture<?> operation(Step step, long due) {
        int draw = random.nextInt(100);
        if (draw < 60) {
            return send(step, Kind.GET_ITEM, due, get(URI.create(items + "/" + set.randomReleased(random)),
                    reader.get()));
        }
        if (draw < 70) {
            int pages = Math.max(1, set.releasedCount() / PAGE_SIZE);
            return send(step, Kind.LIST, due, get(URI.create(items + "?state=RELEASED&size=" + PAGE_SIZE + "&page="
                    + random.nextInt(pages)), reader.get()));
        }
        if (draw < 80) {
            // Names are "Bench workflow part <n>": "part 17" finds part 17, 170-179, 1700-1799, ...
            return send(step, Kind.SEARCH, due, get(URI.create(items + "?name=part%20" + (1 + random.nextInt(99))
                    + "&size=" + PAGE_SIZE), reader.get()));
        }
        if (draw < 90) {
            return update(step, due);
        }
        if (draw < 95) {
            return create(step, due);
        }
        return approve(step, due);
    }

    private CompletableFuture<?> update(Step step, long due) {
        WorkingSet.Draft draft = set.takeDraft();
        if (draft == null) {
            return step.skip();
        }
        BenchItem item = draft.item();
        BenchItem edited = new BenchItem(item.id(), item.itemNumber(), item.revision(),
                item.name().replaceFirst(" \\(edit \\d+\\)$", "") + " (edit " + edits.incrementAndGet() + ")",
                item.type(), item.baseUnit(), item.gtin(), item.weight());
        HttpRequest request = HttpRequest.newBuilder(URI.create(items + "/" + draft.id()))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + steward.get())
                .header("Content-Type", "application/json")
                .header("If-Match", draft.etag())
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body(edited)))
                .build();
        // A failed edit drops the draft: its ETag may be stale now.
        return send(step, Kind.UPDATE, due, request).thenAccept(response -> {
            if (response != null) {
                set.putDraft(new WorkingSet.Draft(draft.id(), edited, etagOf(response)));
            }
        });
    }

    private CompletableFuture<?> create(Step step, long due) {
        BenchItem item = set.nextItem();
        HttpRequest request = HttpRequest.newBuilder(URI.create(items))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + steward.get())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(item)))
                .build();
        return send(step, Kind.CREATE, due, request).thenAccept(response -> {
            if (response != null) {
                set.putDraft(new WorkingSet.Draft(UUID.fromString(read(response).get("id").asText()), item,
                        etagOf(response)));
            }
        });
    }

    /** Submit as the steward (author), approve as the engineer: four eyes, and the DMN routes components there. */
    private CompletableFuture<?> approve(Step step, long due) {
        WorkingSet.Draft draft = set.takeDraft();
        if (draft == null) {
            return step.skip();
        }
        HttpRequest submit = HttpRequest.newBuilder(URI.create(items + "/" + draft.id() + "/submit"))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + steward.get())
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return send(step, Kind.SUBMIT, due, submit).thenCompose(response -> {
            if (response == null) {
                return CompletableFuture.completedFuture(null);
            }
            JsonNode open = read(response).path("openTasks");
            if (open.size() != 1 || !ApiWorkflow.APPROVER_GROUP.equals(open.get(0).path("group").asText())) {
                step.fail(Kind.SUBMIT, -1, "submit opened " + open + ", expected one task of "
                        + ApiWorkflow.APPROVER_GROUP);
                return CompletableFuture.completedFuture(null);
            }
            HttpRequest approve = HttpRequest.newBuilder(URI.create(tasks + open.get(0).get("id").asText()
                            + "/approve"))
                    .timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + approver.get())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build();
            return send(step, Kind.APPROVE, System.nanoTime(), approve).thenAccept(approved -> {
                if (approved != null) {
                    step.released(System.nanoTime() - due);
                    set.addReleased(draft.id());
                }
            });
        });
    }

    /** Sends and records the request; completes with its answer when 2xx, else with null. */
    private CompletableFuture<HttpResponse<String>> send(Step step, Kind kind, long due, HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            long latency = System.nanoTime() - due;
            if (failure != null) {
                step.record(kind, latency, 0, request.method() + " " + request.uri() + ": " + failure);
                return null;
            }
            int status = response.statusCode();
            boolean ok = status / 100 == 2;
            step.record(kind, latency, status, ok ? null : request.method() + " " + request.uri() + " answered "
                    + status + ": " + abbreviate(response.body()));
            return ok ? response : null;
        });
    }

    private static HttpRequest get(URI uri, String token) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Authorization", "Bearer " + token).GET().build();
    }

    private byte[] body(BenchItem item) {
        try {
            return json.writeValueAsBytes(item);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode read(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String etagOf(HttpResponse<String> response) {
        return response.headers().firstValue("ETag")
                .orElseThrow(() -> new IllegalStateException(response.uri() + " answered without an ETag"));
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    /** Parks until the due time; parkNanos may return early, hence the loop. */
    private static void waitUntil(long dueNanos) {
        long remaining;
        while ((remaining = dueNanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
        }
    }

    /** What one step's requests recorded, written by the callback threads. */
    private static final class Step {
        private record Sample(Kind kind, long latencyNanos) {
        }

        private final Queue<Sample> samples = new ConcurrentLinkedQueue<>();
        private final Queue<Long> releases = new ConcurrentLinkedQueue<>();
        private final Map<String, Integer> failures = new ConcurrentHashMap<>();
        private final AtomicInteger skipped = new AtomicInteger();
        private final AtomicReference<String> firstFailure = new AtomicReference<>();

        void record(Kind kind, long latencyNanos, int status, String failure) {
            samples.add(new Sample(kind, latencyNanos));
            if (failure != null) {
                fail(kind, status, failure);
            }
        }

        /** Status -1: the answer was 2xx but not what the benchmark needs to go on (no task to approve). */
        void fail(Kind kind, int status, String failure) {
            failures.merge(kind.label + " " + status, 1, Integer::sum);
            firstFailure.compareAndSet(null, failure);
        }

        /** The benchmark's own handling of an answer failed (an answer it could not read): counted, not hidden. */
        Void broken(Throwable failure) {
            failures.merge("unreadable answer", 1, Integer::sum);
            firstFailure.compareAndSet(null, failure.toString());
            return null;
        }

        void released(long nanos) {
            releases.add(nanos);
        }

        CompletableFuture<?> skip() {
            skipped.incrementAndGet();
            return CompletableFuture.completedFuture(null);
        }

        MixedStepResult result(String name, int rate, Duration duration, int operations, double sentRate,
                               long maxLag, SystemLoad before, SystemLoad after, long serverCpuMillis) {
            Map<Kind, LatencyStats> latency = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                latency.put(kind, LatencyStats.of(samples.stream().filter(s -> s.kind() == kind)
                        .mapToLong(Sample::latencyNanos).toArray()));
            }
            return new MixedStepResult(name, rate, duration, operations, latency,
                    LatencyStats.of(samples.stream().mapToLong(Sample::latencyNanos).toArray()),
                    LatencyStats.of(releases.stream().mapToLong(Long::longValue).toArray()),
                    new TreeMap<>(failures), skipped.get(), sentRate, maxLag, firstFailure.get(), before, after,
                    serverCpuMillis);
        }
    }
}
