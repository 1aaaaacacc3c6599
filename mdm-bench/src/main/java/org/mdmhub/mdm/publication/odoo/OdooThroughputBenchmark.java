package org.mdmhub.mdm.publication.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.publication.domain.DeliveryResult;
import org.mdmhub.mdm.publication.domain.EventType;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;
import org.mdmhub.mdm.publication.domain.TargetSettings;
import org.mdmhub.mdm.publication.domain.TargetType;
import org.mdmhub.mdm.testsupport.Await;

/**
 * Issue #5's throughput figure: a backlog of released items delivered by the hub to the Odoo double, as a ratio
 * to the same writes sent straight to a second double by the same connector code in batched calls, without the
 * hub (no outbox, no claims, no delivery log). Both sides in one run, against the running local stack.
 *
 * <p>Hub side: N released items (created and released through the API when the database holds fewer), a new Odoo
 * subscription, then one replay of every item event after a point — a backlog of N deliveries — timed until the
 * database shows all N delivered. Direct side: the same N event documents, read from the outbox, sent by
 * {@link OdooTarget} in batches of 200 from this JVM. Calls to each double are counted.
 *
 * <p>Two cost models for the doubles, one run each: {@code none} (the double answers at once: what is left is
 * the hub's own overhead) and {@code odoo} (per call 15 ms + per record 6 ms, from the single-call and
 * {@code load} figures in shared/odoo-api.md: a real Odoo's pace).
 *
 * <p>Run: {@code mvn -pl mdm-bench -am -Pbench test-compile
 * -Dbench.main=org.mdmhub.mdm.publication.odoo.OdooThroughputBenchmark [-Dbench.args="10000"]}
 */
public final class OdooThroughputBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String API = System.getProperty("bench.api", "http://127.0.0.1:8080/api/v1");
    private static final String KEYCLOAK = System.getProperty("bench.keycloak", "http://localhost:8180");
    private static final String DB = System.getProperty("bench.db", "jdbc:postgresql://127.0.0.1:5432/mdm");

    private OdooThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        ensureReleasedItems(n);
        List<ReleaseEvent> events = newestItemEvents(n);
        long after = events.stream().mapToLong(ReleaseEvent::sequence).min().orElseThrow() - 1;
        System.out.printf("bench: %d released item events (outbox sequences after %d)%n", events.size(), after);
        for (String cost : System.getProperty("bench.costs", "none,odoo").split(",")) {
            round(cost, events, after);
        }
    }

    private static void round(String cost, List<ReleaseEvent> events, long after) throws Exception {
        int n = events.size();
        try (OdooDouble direct = OdooDouble.start(); OdooDouble viaHub = OdooDouble.start()) {
            direct.precision("Stock Weight", 3); // the items weigh 12 g: kept in kg at 3 decimals
            viaHub.precision("Stock Weight", 3);
            if (cost.equals("odoo")) {
                direct.costModel(15, 6);
                viaHub.costModel(15, 6);
            }
            // direct: the connector alone, batches of 200, one after the other
            OdooTarget connector = new OdooTarget(new OdooJsonRpc(), new InMemoryOdooKeyMap(), numbers -> Map.of(), java.time.Clock.systemUTC());
            TargetSettings settings = new TargetSettings(UUID.randomUUID(), "direct", TargetType.ODOO, Map.of("url",
                    direct.url().toString(), "database", OdooDouble.DATABASE, "login", OdooDouble.LOGIN, "batchSize", "200"),
                    Map.of(), OdooDouble.PASSWORD);
            long t0 = System.nanoTime();
            int delivered = 0;
            for (int i = 0; i < n; i += 200) {
                for (DeliveryResult r : connector.send(settings, events.subList(i, Math.min(n, i + 200)))) {
                    delivered += r.outcome() == DeliveryResult.Outcome.DELIVERED ? 1 : 0;
                }
            }
            double directSeconds = (System.nanoTime() - t0) / 1e9;
            if (delivered != n) {
                throw new IllegalStateException("direct side delivered " + delivered + " of " + n);
            }

            // hub: a new subscription, one replay = a backlog of n deliveries
            String admin = token("admin");
            JsonNode subscription = call("POST", "/subscriptions", admin, "{\"name\":\"bench-odoo-" + System.nanoTime()
                    + "\",\"targetType\":\"odoo\",\"domains\":[\"item\"],\"config\":{\"url\":\"" + viaHub.url()
                    + "\",\"database\":\"" + OdooDouble.DATABASE + "\",\"login\":\"" + OdooDouble.LOGIN
                    + "\",\"batchSize\":\"200\"},\"secret\":\"" + OdooDouble.PASSWORD + "\"}");
            String id = subscription.get("id").asText();
            Instant started = Instant.now();
            call("POST", "/subscriptions/" + id + "/replay", admin, "{\"afterSequence\":" + after + "}");
            Await.until("the hub delivering all " + n, Duration.ofMinutes(20), Duration.ofMillis(20), () -> {
                try {
                    return count(id, "DELIVERED") >= n;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            double hubSeconds = Duration.between(started, Instant.now()).toNanos() / 1e9;
            deactivate(id, admin);

            System.out.printf("bench: cost model %-4s | direct %6.2f s (%7.0f records/s, %d calls: %d load) | hub %6.2f s"
                            + " (%7.0f records/s, %d calls: %d load) | ratio %.2f | dead %d%n",
                    cost, directSeconds, n / directSeconds, direct.calls("load") + direct.calls("read") + direct.calls("authenticate"),
                    direct.calls("load"), hubSeconds, n / hubSeconds,
                    viaHub.calls("load") + viaHub.calls("read") + viaHub.calls("authenticate"), viaHub.calls("load"),
                    directSeconds / hubSeconds, count(id, "DEAD"));
            if (viaHub.count("product.template") != direct.count("product.template")) {
                throw new IllegalStateException("the two doubles hold different numbers of products");
            }
        }
    }

    /** Creates and releases items through the API until the database holds at least {@code n} released ones. */
    private static void ensureReleasedItems(int n) throws Exception {
        int have = scalar("select count(*) from item i where i.state = 'RELEASED' and exists "
                + "(select 1 from publication_event e where e.record_id = i.id)");
        if (have >= n) {
            return;
        }
        String steward = token("steward");
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> created = new ArrayList<>();
        for (int i = 0; i < n - have; i++) {
            String number = "OTB-" + run + "-" + i;
            created.add(pool.submit(() -> call("POST", "/items", steward, "{\"itemNumber\":\"" + number
                    + "\",\"revision\":\"A\",\"name\":\"Bench part " + number + "\",\"type\":\"component\",\"baseUnit\":\"C62\"}")
                    .get("id").asText()));
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> f : created) {
            ids.add(f.get());
        }
        pool.shutdown();
        for (int i = 0; i < ids.size(); i += 1000) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + 1000));
            JsonNode cr = call("POST", "/change-requests", steward, "{\"title\":\"bench release\",\"records\":["
                    + String.join(",", chunk.stream().map(id -> "{\"type\":\"item\",\"id\":\"" + id + "\"}").toList()) + "]}");
            String crId = cr.get("id").asText();
            call("POST", "/change-requests/" + crId + "/submit", steward, null);
            String engineer = token("engineer");
            for (JsonNode task : call("GET", "/change-requests/" + crId, engineer, null).get("openTasks")) {
                call("POST", "/tasks/" + task.get("id").asText() + "/approve", token(approver(task.get("group").asText())), "{}");
            }
        }
    }

    private static String approver(String group) {
        return switch (group) {
            case "mdm-approver-quality" -> "quality";
            case "mdm-approver-procurement" -> "buyer";
            default -> "engineer";
        };
    }

    private static List<ReleaseEvent> newestItemEvents(int n) throws Exception {
        try (Connection c = DriverManager.getConnection(DB, "mdm", "mdm");
             PreparedStatement ps = c.prepareStatement("""
                     select e.sequence, e.event_id, e.record_id, e.business_key, e.record_version, e.state, e.event_type,
                            e.occurred_at, e.document
                       from publication_event e
                      where e.domain = 'ITEM' and e.state = 'RELEASED'
                        and not exists (select 1 from publication_event l where l.record_id = e.record_id and l.sequence > e.sequence)
                      order by e.sequence desc limit ?""")) {
            ps.setInt(1, n);
            List<ReleaseEvent> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new ReleaseEvent(rs.getLong(1), rs.getObject(2, UUID.class), RecordType.ITEM,
                            rs.getObject(3, UUID.class), rs.getString(4), rs.getInt(5), LifecycleState.valueOf(rs.getString(6)),
                            EventType.valueOf(rs.getString(7)), rs.getTimestamp(8).toInstant(), rs.getString(9), null));
                }
            }
            // only the newest n, and nothing newer of another domain in between: the replay takes events after the oldest
            events.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
            long after = events.get(0).sequence();
            int others = scalar("select count(*) from publication_event where sequence >= " + after + " and domain <> 'ITEM'");
            if (others > 0) {
                throw new IllegalStateException("non-item events in the window; run on a stack where the last releases were items");
            }
            return events;
        }
    }

    private static long count(String subscription, String status) throws Exception {
        return scalar("select count(*) from delivery where subscription_id = '" + UUID.fromString(subscription)
                + "' and status = '" + status + "'");
    }

    private static int scalar(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(DB, "mdm", "mdm"); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void deactivate(String id, String admin) throws Exception {
        HttpResponse<String> current = HTTP.send(HttpRequest.newBuilder(URI.create(API + "/subscriptions/" + id))
                .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode view = JSON.readTree(current.body());
        HTTP.send(HttpRequest.newBuilder(URI.create(API + "/subscriptions/" + id)).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json").header("If-Match", current.headers().firstValue("ETag").orElseThrow())
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + view.get("name").asText() + "\",\"targetType\":\"odoo\","
                        + "\"domains\":[\"item\"],\"config\":" + view.get("config") + ",\"active\":false}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(API + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(5));
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private static String token(String user) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/mdm/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=mdm-cli&username=" + user + "&password="
                        + URLEncoder.encode(user, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("access_token").asText();
    }
}
