package org.mdmhub.mdm.publication.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for an Odoo 17 server that speaks its external JSON-RPC API over real HTTP on loopback
 * ({@code POST /jsonrpc}, services {@code common} and {@code object}), exactly as odoo-api.md describes it:
 * authenticate answers {@code false} for a wrong password, errors come with HTTP 200 and an {@code error}
 * member naming the Python exception, {@code load} upserts by external id all-or-nothing with errors in the
 * result. It holds the models the connector uses (see {@link DoubleSchema}), seeded like a fresh database.
 * <p>
 * Unit tests and Arquillian tests alike start one ({@link #start()}) and point a subscription at {@link #url()};
 * WildFly reaches it over loopback. Test hooks: record counts and lookups by external id, call counters per
 * model and method, failure injection ({@link #failNextCalls}) and an optional cost model
 * ({@link #costModel}).
 */
public final class OdooDouble implements AutoCloseable {

    public static final String DATABASE = "odoo";
    public static final String LOGIN = "mdm-integration";
    public static final String PASSWORD = "double-api-key";
    static final long UID = 2;

    /** How the next calls fail. */
    public enum Failure {
        /** The connection is closed without an answer (Odoo down, proxy reset). */
        DROP_CONNECTION,
        /** HTTP 502 from a proxy in front of Odoo. */
        BAD_GATEWAY,
        /** A JSON-RPC error: PostgreSQL serialization failure (a concurrent update), retryable. */
        SERIALIZATION_FAILURE
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private DoubleStore store = new DoubleStore();
    private DoubleMethods methods = new DoubleMethods(store);
    private int failuresLeft;
    private Failure failure;
    private long perCallMillis;
    private long perRecordMillis;

    private OdooDouble() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "odoo-double");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/jsonrpc", this::handle);
        server.start();
    }

    /** A fresh double on 127.0.0.1 and an ephemeral port. */
    public static OdooDouble start() {
        try {
            return new OdooDouble();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the Odoo double", e);
        }
    }

    /** The base URL, e.g. {@code http://127.0.0.1:40123} (the client appends {@code /jsonrpc}). */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public OdooConnection connection() {
        return new OdooConnection(url(), DATABASE, LOGIN, PASSWORD);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // --- test hooks -----------------------------------------------------------------------------------------

    /** Back to a fresh database; counters, failures and costs cleared. */
    public synchronized void reset() {
        store = new DoubleStore();
        methods = new DoubleMethods(store);
        calls.clear();
        failuresLeft = 0;
        perCallMillis = 0;
        perRecordMillis = 0;
    }

    /** Records of a model, archived ones included. */
    public synchronized int count(String model) {
        return store.model(model).records.size();
    }

    /** The stored values (many2one as the id; null for False) of the record an external id names. */
    public synchronized Optional<Map<String, Object>> byExternalId(String xid) {
        DoubleStore.Xid target = store.xid(xid);
        return Optional.ofNullable(target).map(t -> store.row(t.model(), t.id())).map(HashMap::new);
    }

    /** The stored values of one record, empty when there is none. */
    public synchronized Optional<Map<String, Object>> record(String model, long id) {
        return Optional.ofNullable(store.row(model, id)).map(HashMap::new);
    }

    /** Every record of a model, archived ones included, as stored. */
    public synchronized List<Map<String, Object>> records(String model) {
        List<Map<String, Object>> rows = new ArrayList<>();
        store.model(model).records.values().forEach(r -> rows.add(new HashMap<>(r)));
        return rows;
    }

    /** Changes a record behind the hub's back (an Odoo user editing it), checked like a write. */
    public synchronized void edit(String model, long id, Map<String, Object> values) {
        store.write(model, List.of(id), values);
    }

    /** Sets the digits of a decimal precision ("Stock Weight", "Product Unit of Measure"), as an Odoo admin can. */
    public synchronized void precision(String name, int digits) {
        store.model("decimal.precision").records.values().stream().filter(r -> name.equals(r.get("name")))
                .forEach(r -> r.put("digits", (long) digits));
    }

    /** Deletes a record as an Odoo user would: its external id goes with it. */
    public synchronized void delete(String model, long id) {
        store.unlink(model, List.of(id));
    }

    /** The next {@code n} requests (any service) fail this way. */
    public synchronized void failNextCalls(int n, Failure kind) {
        failuresLeft = n;
        failure = kind;
    }

    /** How many times {@code method} was called on {@code model}; {@code ("common", "authenticate")} for logins. */
    public int calls(String model, String method) {
        AtomicInteger count = calls.get(model + "#" + method);
        return count == null ? 0 : count.get();
    }

    /** Calls of {@code method} on any model. */
    public int calls(String method) {
        return calls.entrySet().stream().filter(e -> e.getKey().endsWith("#" + method))
                .mapToInt(e -> e.getValue().get()).sum();
    }

    public void resetCounters() {
        calls.clear();
    }

    /** Makes every call cost {@code perCallMillis} plus {@code perRecordMillis} per record it carries. */
    public synchronized void costModel(long perCallMillis, long perRecordMillis) {
        this.perCallMillis = perCallMillis;
        this.perRecordMillis = perRecordMillis;
    }

    // --- HTTP -----------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Failure failing = nextFailure();
            if (failing == Failure.DROP_CONNECTION) {
                return; // closing the exchange before any header closes the connection
            }
            if (failing == Failure.BAD_GATEWAY) {
                send(exchange, 502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html");
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "", "text/plain");
                return;
            }
            JsonNode request = json.readTree(exchange.getRequestBody());
            ObjectNode answer = json.createObjectNode();
            answer.put("jsonrpc", "2.0");
            answer.set("id", request.path("id"));
            try {
                if (failing == Failure.SERIALIZATION_FAILURE) {
                    throw new DoubleError(DoubleError.SERIALIZATION,
                            "could not serialize access due to concurrent update");
                }
                answer.set("result", json.valueToTree(dispatch(request.path("params"))));
            } catch (DoubleError e) {
                answer.set("error", error(e));
            }
            send(exchange, 200, answer.toString(), "application/json");
        }
    }

    private synchronized Failure nextFailure() {
        if (failuresLeft <= 0) {
            return null;
        }
        failuresLeft--;
        return failure;
    }

    private Object dispatch(JsonNode params) {
        String service = params.path("service").asText();
        String method = params.path("method").asText();
        JsonNode args = params.path("args");
        if ("common".equals(service) && "authenticate".equals(method)) {
            count("common", "authenticate");
            boolean ok = DATABASE.equals(args.path(0).asText()) && LOGIN.equals(args.path(1).asText())
                    && PASSWORD.equals(args.path(2).asText());
            return ok ? (Object) UID : Boolean.FALSE;
        }
        if ("common".equals(service) && "version".equals(method)) {
            return Map.of("server_version", "17.0", "server_serie", "17.0", "protocol_version", 1);
        }
        if (!"object".equals(service) || !"execute_kw".equals(method)) {
            throw new DoubleError("builtins.NameError", "No such method " + service + "." + method);
        }
        if (!DATABASE.equals(args.path(0).asText()) || args.path(1).asLong() != UID
                || !PASSWORD.equals(args.path(2).asText())) {
            throw new DoubleError(DoubleError.ACCESS_DENIED, "Access Denied");
        }
        String model = args.path(3).asText();
        String name = args.path(4).asText();
        JsonNode methodArgs = args.path(5);
        JsonNode kwargs = args.path(6).isObject() ? args.path(6) : json.createObjectNode();
        count(model, name);
        cost(methodArgs);
        synchronized (this) {
            return methods.call(model, name, methodArgs, kwargs);
        }
    }

    private void count(String model, String method) {
        calls.computeIfAbsent(model + "#" + method, k -> new AtomicInteger()).incrementAndGet();
    }

    private void cost(JsonNode args) {
        long perCall;
        long perRecord;
        synchronized (this) {
            perCall = perCallMillis;
            perRecord = perRecordMillis;
        }
        JsonNode records = args.path(0).isArray() && args.path(1).isArray() && args.path(1).path(0).isArray()
                ? args.path(1) : args.path(0);
        long millis = perCall + perRecord * (records.isArray() ? records.size() : 1);
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private ObjectNode error(DoubleError e) {
        ObjectNode error = json.createObjectNode();
        error.put("code", 200);
        error.put("message", "Odoo Server Error");
        ObjectNode data = error.putObject("data");
        data.put("name", e.name);
        data.put("message", e.getMessage());
        data.putArray("arguments").add(e.getMessage());
        data.put("debug", "Traceback (most recent call last):\n  (the Odoo double)\n" + e.name + ": " + e.getMessage());
        data.putObject("context");
        return error;
    }

    private static void send(HttpExchange exchange, int status, String body, String type) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
