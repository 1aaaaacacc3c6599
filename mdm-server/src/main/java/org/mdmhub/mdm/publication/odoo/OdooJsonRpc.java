package org.mdmhub.mdm.publication.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.mdmhub.mdm.platform.json.Json;

/**
 * A small client of Odoo's external JSON-RPC API ({@code POST /jsonrpc}, services {@code common} and
 * {@code object}). It logs in once per (url, database, login) and keeps the uid; every failure comes out as an
 * {@link OdooException} that says whether a retry can help (odoo-api.md, "Error shapes"). Thread-safe.
 */
public class OdooJsonRpc {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final Duration requestTimeout;
    private final ObjectMapper json = Json.mapper();
    private final AtomicLong requestIds = new AtomicLong();
    private final Map<UidKey, Long> uids = new ConcurrentHashMap<>();

    private record UidKey(URI url, String database, String login) {
    }

    public OdooJsonRpc() {
        this(HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build(), REQUEST_TIMEOUT);
    }

    OdooJsonRpc(HttpClient http, Duration requestTimeout) {
        this.http = http;
        this.requestTimeout = requestTimeout;
    }

    /**
     * The uid of the connection's user, from the cache or by logging in. Odoo answers a wrong password or an
     * unknown login with {@code false}, not an error: that becomes a permanent AccessDenied.
     */
    public long authenticate(OdooConnection connection) {
        UidKey key = new UidKey(connection.url(), connection.database(), connection.login());
        Long cached = uids.get(key);
        if (cached != null) {
            return cached;
        }
        JsonNode uid = call(connection.endpoint(), "common", "authenticate",
                List.of(connection.database(), connection.login(), connection.password(), Map.of()));
        if (!uid.isIntegralNumber()) {
            throw OdooException.permanent("odoo.exceptions.AccessDenied",
                    "Odoo refused the login '" + connection.login() + "' on database '" + connection.database()
                            + "' (wrong password or API key, or unknown login)");
        }
        uids.put(key, uid.asLong());
        return uid.asLong();
    }

    /**
     * {@code execute_kw(db, uid, password, model, method, args, kwargs)}: the method's result.
     *
     * @throws OdooException whatever went wrong, classified
     */
    public JsonNode executeKw(OdooConnection connection, String model, String method, List<?> args, Map<String, ?> kwargs) {
        long uid = authenticate(connection);
        List<Object> params = new ArrayList<>(List.of(connection.database(), uid, connection.password(), model, method));
        params.add(args);
        params.add(kwargs == null ? Map.of() : kwargs);
        try {
            return call(connection.endpoint(), "object", "execute_kw", params);
        } catch (OdooException e) {
            if ("odoo.exceptions.AccessDenied".equals(e.errorName())) {
                uids.remove(new UidKey(connection.url(), connection.database(), connection.login())); // password changed
            }
            throw e;
        }
    }

    /** One JSON-RPC call: the {@code result} member, or an exception built from the {@code error} member. */
    JsonNode call(URI endpoint, String service, String method, List<?> args) {
        ObjectNode body = json.createObjectNode();
        body.put("jsonrpc", "2.0");
        body.put("method", "call");
        ObjectNode params = body.putObject("params");
        params.put("service", service);
        params.put("method", method);
        params.set("args", json.valueToTree(args));
        body.put("id", requestIds.incrementAndGet());
        HttpResponse<String> response = post(endpoint, body);
        if (response.statusCode() >= 500 || response.statusCode() == 429) {
            throw OdooException.unreachable("Odoo answered HTTP " + response.statusCode(), null);
        }
        if (response.statusCode() != 200) {
            throw OdooException.permanent(null, "Odoo answered HTTP " + response.statusCode() + " at " + endpoint);
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (IOException e) {
            throw OdooException.permanent(null, "Odoo's answer is not JSON-RPC (is the URL an Odoo server?)");
        }
        JsonNode error = answer.path("error");
        if (!error.isMissingNode() && !error.isNull()) {
            JsonNode data = error.path("data");
            String message = data.path("message").asText(error.path("message").asText("Odoo Server Error"));
            throw OdooException.fromOdoo(data.path("name").asText(null), message);
        }
        if (!answer.has("result")) {
            throw OdooException.permanent(null, "Odoo's answer has neither result nor error");
        }
        return answer.get("result");
    }

    private HttpResponse<String> post(URI endpoint, JsonNode body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) { // refused, reset, closed, timed out (HttpTimeoutException is an IOException)
            throw OdooException.unreachable("Odoo not reachable at " + endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OdooException.unreachable("interrupted while calling Odoo", e);
        }
    }
}
