package org.mdmhub.mdm.publication.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.mdmhub.mdm.platform.json.Json;

/**
 * A webhook subscriber for tests: an HTTP server on 127.0.0.1 that verifies every request with
 * {@link WebhookSignature}, as a real receiver should, and remembers what it accepted.
 *
 * <p>It answers 401 to a request whose signature or timestamp fails, 204 to an accepted one, and whatever
 * status the test asked for with {@link #answer(int, int)}. It can be taken {@link #down()} and brought
 * {@link #up()} on the same port, and made slow with {@link #delay(Duration)}. Thread-safe: the hub's
 * client sends concurrently, and integration tests read it while the dispatcher runs.
 *
 * <pre>
 * try (WebhookReceiver receiver = WebhookReceiver.start("s3cret")) {
 *     // subscription config: url = receiver.url(), secret = "s3cret"
 *     receiver.awaitReceipts(1, Duration.ofSeconds(10));
 *     assertEquals("org.mdmhub.item.released", receiver.events().get(0).type());
 * }
 * </pre>
 */
public final class WebhookReceiver implements AutoCloseable {

    /** The path {@link #url()} points at; the receiver answers on any path. */
    public static final String PATH = "/mdm-events";

    /**
     * One accepted delivery.
     *
     * @param id        the CloudEvents id (also the {@code Webhook-Id} header)
     * @param type      e.g. {@code org.mdmhub.item.released}
     * @param subject   the record's golden id
     * @param data      the released record
     * @param event     the whole CloudEvent as received
     * @param body      the exact bytes received (for signature experiments)
     * @param headers   the request headers, first value of each, names lower-case
     * @param receivedAt when it arrived
     */
    public record Received(String id, String type, String subject, JsonNode data, JsonNode event, byte[] body,
                           Map<String, String> headers, Instant receivedAt) {

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final String secret;
    private final ExecutorService handlers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "webhook-receiver");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger signatureFailures = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger holding = new AtomicInteger();
    private final AtomicInteger forcedRemaining = new AtomicInteger();
    private volatile int forcedStatus;
    private volatile Duration delay = Duration.ZERO;
    private volatile Supplier<Instant> clock = Instant::now;
    private volatile HttpServer server;
    private final int port;
    /** Guards the decision to accept against {@link #holdAfter}, so no more than that many are ever accepted. */
    private final Object admission = new Object();
    private volatile int holdAfter = Integer.MAX_VALUE;
    private final CountDownLatch released = new CountDownLatch(1);

    private WebhookReceiver(String secret, int port) {
        this.secret = secret;
        this.server = listen(port);
        this.port = server.getAddress().getPort();
    }

    /** A receiver on a free loopback port that accepts what is signed with {@code secret}. */
    public static WebhookReceiver start(String secret) {
        return new WebhookReceiver(secret, 0);
    }

    /** A receiver on a given loopback port (0: any free one). */
    public static WebhookReceiver start(String secret, int port) {
        return new WebhookReceiver(secret, port);
    }

    /** Where to point a subscription: {@code http://127.0.0.1:<port>/mdm-events}. */
    public String url() {
        return "http://127.0.0.1:" + port + PATH;
    }

    public int port() {
        return port;
    }

    /** Answer {@code status} to the next {@code times} correctly signed requests instead of accepting them. */
    public WebhookReceiver answer(int status, int times) {
        forcedStatus = status;
        forcedRemaining.set(times);
        return this;
    }

    /** Wait this long before answering each request (e.g. beyond the subscription's timeout). */
    public WebhookReceiver delay(Duration value) {
        delay = value;
        return this;
    }

    /**
     * Accept exactly {@code count} deliveries, then hold every further request unanswered until {@link #release()},
     * which accepts them. A test that must catch a sender mid-way waits for the count and the held requests instead
     * of racing the machine's speed.
     */
    public WebhookReceiver holdAfter(int count) {
        holdAfter = count;
        return this;
    }

    /** Accepts the held requests (if their sender still listens, it sees 204) and every later one. */
    public WebhookReceiver release() {
        holdAfter = Integer.MAX_VALUE;
        released.countDown();
        return this;
    }

    /** How many requests are being held by {@link #holdAfter} right now. */
    public int held() {
        return holding.get();
    }

    /** The receiver's clock, for checking the replay window against it. */
    public WebhookReceiver clock(Supplier<Instant> value) {
        clock = value;
        return this;
    }

    /** Stop listening: connections are refused until {@link #up()}. */
    public synchronized WebhookReceiver down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
        return this;
    }

    /** Listen again on the same port. */
    public synchronized WebhookReceiver up() {
        if (server == null) {
            server = listen(port);
        }
        return this;
    }

    /** Accepted deliveries, in the order they arrived; an event delivered twice is here twice. */
    public List<Received> events() {
        return List.copyOf(received);
    }

    public List<Received> eventsFor(String subject) {
        return received.stream().filter(r -> subject.equals(r.subject())).toList();
    }

    /** How many deliveries were accepted (2xx), duplicates included. */
    public int receipts() {
        return received.size();
    }

    /** How many different event ids were accepted: less than {@link #receipts()} when something was delivered twice. */
    public int distinctEventIds() {
        return eventIds().size();
    }

    public Set<String> eventIds() {
        return received.stream().map(Received::id).collect(Collectors.toSet());
    }

    /** Every request that reached the receiver, whatever it answered. */
    public int attempts() {
        return attempts.get();
    }

    /** Requests refused because the signature, the timestamp or a header was wrong. */
    public int signatureFailures() {
        return signatureFailures.get();
    }

    /** The most requests that were being handled at the same time (to see a sender's concurrency limit). */
    public int maxConcurrentRequests() {
        return maxInFlight.get();
    }

    /** Forget what was received and counted; the answer switch, delay and up/down state stay. */
    public void reset() {
        received.clear();
        attempts.set(0);
        signatureFailures.set(0);
        maxInFlight.set(0);
    }

    /** Waits until at least {@code count} deliveries were accepted; false if that did not happen in time. */
    public boolean awaitReceipts(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (admission) { // woken by every accepted delivery, no polling
            while (received.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(admission, left);
            }
        }
        return true;
    }

    @Override
    public void close() {
        down();
        handlers.shutdownNow();
    }

    private HttpServer listen(int onPort) {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
            created.createContext("/", this::handle);
            created.setExecutor(handlers); // requests in parallel, as the hub sends them
            created.start();
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + onPort, e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            attempts.incrementAndGet();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            pause();
            String timestamp = exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER);
            String signature = exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER);
            if (!"POST".equals(exchange.getRequestMethod())
                    || !WebhookSignature.verify(secret, timestamp, body, signature, clock.get())) {
                signatureFailures.incrementAndGet();
                respond(exchange, 401, "{\"error\":\"signature does not verify\"}");
                return;
            }
            if (forcedRemaining.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                respond(exchange, forcedStatus, "{\"error\":\"told to answer " + forcedStatus + "\"}");
                return;
            }
            Received event;
            try {
                event = parse(exchange, body);
            } catch (IOException notJson) {
                respond(exchange, 400, "{\"error\":\"the body is not JSON\"}");
                return;
            }
            boolean accepted;
            synchronized (admission) {
                accepted = received.size() < holdAfter;
                if (accepted) {
                    received.add(event);
                    admission.notifyAll();
                }
            }
            if (!accepted) {
                hold();
                synchronized (admission) {
                    received.add(event);
                    admission.notifyAll();
                }
            }
            respond(exchange, 204, null);
        } finally {
            inFlight.decrementAndGet();
            exchange.close();
        }
    }

    private void hold() {
        holding.incrementAndGet();
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the receiver is closing
        } finally {
            holding.decrementAndGet();
        }
    }

    /** A slow target is simulated by taking this long per request: the sleep is the behaviour under test's input. */
    private void pause() {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Received parse(HttpExchange exchange, byte[] body) throws IOException {
        JsonNode event = Json.mapper().readTree(body);
        Map<String, String> headers = exchange.getRequestHeaders().entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toMap(e -> e.getKey().toLowerCase(), e -> e.getValue().get(0), (a, b) -> a));
        return new Received(event.path("id").asText(null), event.path("type").asText(null),
                event.path("subject").asText(null), event.get("data"), event, body, Map.copyOf(headers), Instant.now());
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        if (json == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
