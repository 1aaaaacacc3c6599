package org.mdmhub.mdm.publication.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.publication.odoo.OdooDouble;
import org.mdmhub.mdm.publication.webhook.WebhookReceiver;
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.Await;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.Releases;
import org.mdmhub.mdm.testsupport.ServerProcess;
import org.mdmhub.mdm.testsupport.Subscriptions;

/**
 * Acceptance for running several hub nodes (issue 17): two nodes on one database, 1,000 releases dispatched by
 * both, one node killed with -9 midway; the survivor finishes the work and every release takes effect exactly once
 * at the targets. Timers (scheduled releases, approval escalations) are due while both nodes run their Flowable job
 * executors on the same job table, and each fires once.
 *
 * <p>Nodes {@code nodes-a-node} and {@code nodes-b-node} (port offsets 1600 and 1700, database {@code mdm_nodes};
 * {@code -Dnodes.port.offset} and {@code -Dnodes.db.name} move them). Every setting the counts rely on is set here,
 * not taken from defaults: 2 workers × batch 50 per node (the claims one node can have in flight), a 5 s lease (a
 * dead node's claims are free again soon; a batch takes ~0.4 s to send, so no live claim expires), a 1 s poll.
 *
 * <p>The kill is structural: node B gets SIGKILL once the receiver has seen {@link #KILL_AFTER} of the 1,000, and
 * the test fails if by then {@link #KILL_BEFORE} had arrived (not midway). Effects are counted as an idempotent
 * consumer would (distinct event ids, one per item, at the webhook receiver) and as Odoo would show them (one
 * product per item at the Odoo double, however many loads were re-sent after the kill).
 */
class TwoNodeKillIT {
    private static final int RELEASES = 1_000;
    private static final int TIMERS = 5;
    private static final int KILL_AFTER = 150;
    private static final int KILL_BEFORE = 700;
    private static final String WORKERS = "2";
    private static final String BATCH = "50";
    private static final String LEASE = "PT5S";
    private static final String POLL = "PT1S";
    /** Claims one node can hold for one subscription: workers × batch. */
    private static final int MAX_IN_FLIGHT_PER_NODE = 2 * 50;
    /** When the timers come due, counted from their creation: while the 1,000 drafts are being written. */
    private static final Duration TIMER_DUE = Duration.ofSeconds(30);
    private static final Duration RECEIVER_DELAY = Duration.ofMillis(25);
    private static final String SECRET = "two-node-webhook-secret";

    private static ServerProcess nodeA;
    private static ServerProcess nodeB;
    private static WebhookReceiver receiver;
    private static OdooDouble odoo;

    @BeforeAll
    static void startTwoNodes() throws IOException {
        int offset = Integer.getInteger("nodes.port.offset", 1600);
        Path war = warWithEscalationAfter(TIMER_DUE);
        // one after the other: the first creates the schema (Flyway, Flowable), the second joins it
        nodeA = node("nodes-a", offset, war).database(System.getProperty("nodes.db.name", "mdm_nodes")).start();
        nodeB = node("nodes-b", offset + 100, war).joining(nodeA).start();
        receiver = WebhookReceiver.start(SECRET).delay(RECEIVER_DELAY);
        odoo = OdooDouble.start();
        odoo.precision("Stock Weight", 3); // the test items weigh 12 g: kept in kg at 3 decimals
        odoo.costModel(20, 2); // a load of 50 takes ~0.12 s: loads are under way on both nodes when the kill comes
    }

    private static ServerProcess.Builder node(String name, int offset, Path war) {
        return ServerProcess.named(name).portOffset(offset).war(war)
                .property("mdm.dispatch.workers", WORKERS).property("mdm.dispatch.batch", BATCH)
                .property("mdm.dispatch.lease", LEASE).property("mdm.dispatch.poll", POLL);
    }

    @AfterAll
    static void stopNodes() {
        for (ServerProcess node : new ServerProcess[] {nodeB, nodeA}) {
            if (node != null) {
                node.stop();
            }
        }
        if (receiver != null) {
            receiver.close();
        }
        if (odoo != null) {
            odoo.close();
        }
    }

    @Test
    void oneOfTwoNodesKilledMidDispatchEveryReleaseTakesEffectOnceAndTimersFireOnce() throws Exception {
        Api apiA = new Api(nodeA.url());
        Api apiB = new Api(nodeB.url());
        String webhook = Subscriptions.create(apiA, "{\"name\":\"two-node-webhook\",\"targetType\":\"webhook\","
                + "\"domains\":[\"item\"],\"config\":{\"url\":\"" + receiver.url() + "\",\"concurrency\":\"4\"},"
                + "\"secret\":\"" + SECRET + "\"}");
        String odooSubscription = Subscriptions.create(apiA, "{\"name\":\"two-node-odoo\",\"targetType\":\"odoo\","
                + "\"domains\":[\"item\"],\"config\":{\"url\":\"" + odoo.url() + "\",\"database\":\"" + OdooDouble.DATABASE
                + "\",\"login\":\"" + OdooDouble.LOGIN + "\"},\"secret\":\"" + OdooDouble.PASSWORD + "\"}");

        // timers: scheduled releases (approved, waiting for releaseAt) and approvals left open until overdue, each
        // due TIMER_DUE after it was set up (a release date already past when approved is a timer due at once)
        List<String> scheduledItems = new ArrayList<>();
        List<String> scheduledRequests = new ArrayList<>();
        List<String> overdueRequests = new ArrayList<>();
        for (int i = 0; i < TIMERS; i++) {
            Api api = i % 2 == 0 ? apiA : apiB;
            String item = Releases.draftItem(api, Items.newNumber("TIMED"), "Scheduled item " + i);
            scheduledItems.add(item);
            String request = scheduled(api, item, Instant.now().plus(TIMER_DUE));
            Releases.approveOpenTasks(api, request);
            scheduledRequests.add(request);
            overdueRequests.add(Releases.submit(api, "item",
                    List.of(Releases.draftItem(api, Items.newNumber("OVERDUE"), "Overdue item " + i))));
        }

        List<String> items = drafts(apiA, apiB);
        Await.until("the timers to fire on the two live nodes", Duration.ofMinutes(2),
                () -> fired("release", scheduledRequests) == TIMERS && fired("escalate", overdueRequests) == TIMERS);
        assertTrue(nodeB.java().isAlive() && nodeA.java().isAlive());

        Releases.approve(apiB, Releases.submit(apiA, "item", items)); // NOTIFY wakes the dispatchers of both nodes
        Await.until("the first " + KILL_AFTER + " releases at the receiver", Duration.ofMinutes(2),
                () -> receiver.distinctEventIds() >= KILL_AFTER);
        long pid = nodeB.java().pid();
        nodeB.kill9();
        int arrivedBeforeKill = receiver.distinctEventIds();
        long inFlightAtKill = count("select count(*) from delivery where subscription_id = ?::uuid and status = 'IN_FLIGHT'"
                + " and claimed_by = ?", webhook, nodeB.node()); // frozen: a dead node changes nothing, A waits out the lease
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "node B's JVM is gone");
        assertTrue(arrivedBeforeKill < KILL_BEFORE, "killed only after " + arrivedBeforeKill + " of " + RELEASES
                + " had arrived: not midway; make the receiver slower");

        Set<String> expected = new HashSet<>(items);
        expected.addAll(scheduledItems);
        Await.until("every release at the receiver", Duration.ofMinutes(4),
                () -> receiver.events().stream().map(WebhookReceiver.Received::subject).collect(Collectors.toSet())
                        .containsAll(expected));
        Await.until("both subscriptions settled in the hub's log", Duration.ofMinutes(1),
                () -> deliveries(webhook).getOrDefault("DELIVERED", 0L) == expected.size()
                        && deliveries(odooSubscription).getOrDefault("DELIVERED", 0L) == expected.size());

        List<WebhookReceiver.Received> received = receiver.events();
        Map<String, Set<String>> eventsPerItem = received.stream().collect(Collectors.groupingBy(
                WebhookReceiver.Received::subject, Collectors.mapping(WebhookReceiver.Received::id, Collectors.toSet())));
        Map<String, Long> attemptsByNode = byKey("select a.node, count(*) from delivery_attempt a join delivery d"
                + " on d.id = a.delivery_id where d.subscription_id = ?::uuid group by a.node", webhook);
        int duplicates = received.size() - receiver.distinctEventIds();
        String report = String.format("%d + %d scheduled releases; at the kill %d had arrived, node B held %d claims;"
                        + " %d receipts, %d distinct, %d duplicates; attempts by node %s; Odoo %d load calls",
                RELEASES, TIMERS, arrivedBeforeKill, inFlightAtKill, received.size(), receiver.distinctEventIds(),
                duplicates, attemptsByNode, odoo.calls("load"));
        System.out.println("TwoNodeKillIT: " + report);

        assertEquals(expected, eventsPerItem.keySet(), "every released item arrived, and nothing else: " + report);
        assertEquals(RELEASES, items.stream().filter(eventsPerItem::containsKey).count(), report);
        assertTrue(eventsPerItem.values().stream().allMatch(ids -> ids.size() == 1),
                "one event per item, whatever was re-sent: " + report);
        assertEquals(expected.size(), receiver.distinctEventIds(), "exactly one distinct effect per release: " + report);
        assertEquals(0, receiver.signatureFailures());
        assertTrue(inFlightAtKill <= MAX_IN_FLIGHT_PER_NODE, "at most workers × batch claims per node: " + report);
        assertTrue(duplicates <= inFlightAtKill, "re-sent only what the dead node held: " + report);
        assertTrue(attemptsByNode.getOrDefault(nodeA.node(), 0L) > 0 && attemptsByNode.getOrDefault(nodeB.node(), 0L) > 0,
                "both nodes dispatched: " + report);
        assertEquals(Map.of("DELIVERED", (long) expected.size()), deliveries(webhook), report);

        // at the Odoo double, as Odoo would show it: one product per released item
        assertEquals(expected.size(), odoo.count("product.template"), "one product per released item: " + report);
        assertTrue(expected.stream().allMatch(id -> odoo.byExternalId("mdm.item_" + id).isPresent()), report);
        assertEquals(Map.of("DELIVERED", (long) expected.size()), deliveries(odooSubscription), report);

        // long after they came due, through the kill: still one run of each timer
        assertEquals(TIMERS, fired("release", scheduledRequests), "each scheduled release ran once");
        assertEquals(TIMERS, fired("escalate", overdueRequests), "each escalation ran once");
        assertEquals(0L, count("select count(*) from (select proc_inst_id_ from act_hi_actinst where act_id_ in"
                + " ('release', 'escalate', 'waitForReleaseDate', 'overdue') group by proc_inst_id_, act_id_"
                + " having count(*) > 1) twice"), "no timer or its task ran twice in any process");
        for (String item : scheduledItems) {
            assertEquals("RELEASED", apiA.get("api/v1/items/" + item).as("viewer").send().json().get("state").asText());
            assertEquals(1L, count("select count(*) from publication_event where record_id = ?::uuid", item),
                    "a scheduled release is published once");
        }
    }

    /** A one-record change request to be released at {@code releaseAt}, submitted; returns its id. */
    private static String scheduled(Api api, String item, Instant releaseAt) {
        Api.Reply opened = api.post("api/v1/change-requests").as("steward").json("{\"title\":\"Scheduled\",\"releaseAt\":\""
                + releaseAt + "\",\"records\":[{\"type\":\"item\",\"id\":\"" + item + "\"}]}").send();
        assertEquals(201, opened.status(), opened.toString());
        String id = opened.json().get("id").asText();
        Api.Reply submitted = api.post("api/v1/change-requests/" + id + "/submit").as("steward").send();
        assertEquals(200, submitted.status(), submitted.toString());
        return id;
    }

    /** How many of these change requests' processes completed the activity {@code activity} (each counted once). */
    private static long fired(String activity, List<String> requests) {
        return count("select count(distinct a.proc_inst_id_) from act_hi_actinst a join act_hi_varinst c on"
                + " c.proc_inst_id_ = a.proc_inst_id_ where c.name_ = 'changeRequestId' and c.text_ = any(?)"
                + " and a.act_id_ = ? and a.end_time_ is not null", requests.toArray(String[]::new), activity);
    }

    /** The build's WAR with every approval due after {@code due} instead of days (rules/decisions/approval-escalation.dmn). */
    private static Path warWithEscalationAfter(Duration due) throws IOException {
        Path original = Path.of(System.getProperty("mdm.war", "target/mdm-server.war")).toAbsolutePath();
        Path copy = original.resolveSibling("two-node-kill.war");
        Files.copy(original, copy, StandardCopyOption.REPLACE_EXISTING);
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + copy.toUri()), Map.of())) {
            Path dmn = zip.getPath("WEB-INF/classes/rules/decisions/approval-escalation.dmn");
            String rules = Files.readString(dmn, StandardCharsets.UTF_8);
            String shortened = rules.replaceAll("\"P\\d+D\"", "\"" + due + "\"");
            assertFalse(rules.equals(shortened), "approval-escalation.dmn has no day durations to shorten");
            Files.writeString(dmn, shortened, StandardCharsets.UTF_8);
        }
        return copy;
    }

    /** 1,000 component drafts, written through both nodes by a few clients at once (setup, not under test). */
    private static List<String> drafts(Api apiA, Api apiB) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> drafts = clients.invokeAll(IntStream.range(0, RELEASES)
                    .mapToObj(i -> (Callable<String>) () -> Releases.draftItem(i % 2 == 0 ? apiA : apiB,
                            Items.newNumber("NODES"), "Two-node item " + i))
                    .toList());
            List<String> ids = new ArrayList<>(RELEASES);
            for (Future<String> draft : drafts) {
                ids.add(draft.get());
            }
            return ids;
        } finally {
            clients.shutdownNow();
        }
    }

    private static Map<String, Long> deliveries(String subscription) {
        return byKey("select status, count(*) from delivery where subscription_id = ?::uuid group by status", subscription);
    }

    private static long count(String sql, Object... parameters) {
        return byKey("select 'n', (" + sql + ")", parameters).getOrDefault("n", 0L);
    }

    private static Map<String, Long> byKey(String sql, Object... parameters) {
        try (Connection c = DriverManager.getConnection(nodeA.jdbcUrl(), "mdm", "mdm");
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof String[] values) {
                    ps.setArray(i + 1, c.createArrayOf("varchar", values));
                } else {
                    ps.setObject(i + 1, parameters[i]);
                }
            }
            Map<String, Long> counts = new TreeMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
