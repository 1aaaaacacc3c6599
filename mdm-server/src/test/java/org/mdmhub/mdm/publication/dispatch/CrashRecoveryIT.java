package org.mdmhub.mdm.publication.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.publication.odoo.OdooDouble;
import org.mdmhub.mdm.publication.webhook.WebhookReceiver;
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.Await;
import org.mdmhub.mdm.testsupport.Releases;
import org.mdmhub.mdm.testsupport.ServerProcess;
import org.mdmhub.mdm.testsupport.Subscriptions;

/**
 * Acceptance: the server process killed (kill -9) in the middle of dispatching 1,000 releases and restarted —
 * every release arrives, none is lost, none is applied twice.
 *
 * <p>A server of its own ({@link ServerProcess}: node {@code crash-node}, database {@code mdm_crash}, port offset
 * 300), never the shared Arquillian one. 1,000 items are released in one change request to a signed webhook that
 * answers slowly and, after 150 accepted, holds further requests open; while they are held the server JVM gets
 * SIGKILL and is started again. Its dispatcher then re-queues the claims the dead node held, and delivery resumes.
 *
 * <p>What it proves, counted at the receiver as an idempotent consumer would count: every item's release event
 * arrived (1,000 distinct event ids, one per item); no item has two different events (nothing published twice);
 * the re-sent duplicates — at-least-once allows them — are bounded by the claims in flight at the kill; and the
 * hub's own delivery log agrees: 1,000 delivered, nothing pending, in flight or dead. The same releases go to the
 * Odoo double too, where "applied twice" is counted as Odoo would show it: exactly 1,000 products, one per item,
 * however many loads were sent again after the restart.
 */
class CrashRecoveryIT {
    /** Releases in the one change request (the most one change request may carry). */
    private static final int RELEASES = 1_000;
    /**
     * How long the receiver takes per request. With 2 workers each sending its batch 4 at a time, dispatch runs at
     * about 2 × 4 / 25 ms = 320 events/s: some 3 s for the lot, long enough to kill it midway. A batch of 200 then
     * takes about 200 / 4 × 25 ms = 1.3 s; on a busy machine it may take longer than the lease, which is why
     * the node renews its claims' leases while it sends (an expired claim is sent again by design, and its
     * duplicates would blur what the kill caused).
     */
    private static final Duration RECEIVER_DELAY = Duration.ofMillis(25);
    private static final int SEND_CONCURRENCY = 4;
    /**
     * The receiver accepts this many, then holds every further request unanswered: the kill comes while the
     * dispatcher is provably mid-way (requests held open, most releases not sent), however fast the machine is.
     */
    private static final int KILL_AFTER = 150;
    /** The dispatch settings the bounds below rely on, set on the server rather than taken from its defaults. */
    private static final int WORKERS = 2;
    private static final int BATCH = 200;
    /** What can be in flight at the kill: one claimed batch per worker. */
    private static final int MAX_IN_FLIGHT = WORKERS * BATCH;
    private static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(3);
    private static final String SECRET = "crash-webhook-signing-secret";
    private static final String AT_RESTART = "at restart";

    private static ServerProcess server;
    private static WebhookReceiver receiver;
    private static OdooDouble odoo;

    @BeforeAll
    static void startOwnServer() {
        server = ServerProcess.named("crash")
                .portOffset(Integer.getInteger("crash.port.offset", 300))
                .database(System.getProperty("crash.db.name", "mdm_crash"))
                // the restarted node takes its own claims back at once, so recovery does not wait for the lease;
                // a short lease would only let a starved claim run out while the JVM boots on a loaded machine
                .property("mdm.dispatch.lease", "PT30S")
                .property("mdm.dispatch.workers", Integer.toString(WORKERS))
                .property("mdm.dispatch.batch", Integer.toString(BATCH))
                .start();
        receiver = WebhookReceiver.start(SECRET).delay(RECEIVER_DELAY).holdAfter(KILL_AFTER);
        odoo = OdooDouble.start();
        odoo.precision("Stock Weight", 3); // the test items weigh 12 g: kept in kg at 3 decimals
        odoo.costModel(20, 2); // a batch of 200 takes ~0.4 s per call: loads are under way when the kill comes
    }

    @AfterAll
    static void stopOwnServer() {
        if (server != null) {
            server.stop(); // its database is recreated by the next run; kept until then for a post-mortem
        }
        if (receiver != null) {
            receiver.close();
        }
        if (odoo != null) {
            odoo.close();
        }
    }

    @Test
    void aServerKilledMidDispatchDeliversEveryReleaseExactlyOnceAfterRestart() throws Exception {
        Api api = new Api(server.url());
        String subscription = Subscriptions.create(api, "{\"name\":\"crash-webhook\",\"targetType\":\"webhook\","
                + "\"domains\":[\"item\"],\"config\":{\"url\":\"" + receiver.url() + "\",\"concurrency\":\""
                + SEND_CONCURRENCY + "\"},\"secret\":\"" + SECRET + "\"}");
        String odooSubscription = Subscriptions.create(api, "{\"name\":\"crash-odoo\",\"targetType\":\"odoo\","
                + "\"domains\":[\"item\"],\"config\":{\"url\":\"" + odoo.url() + "\",\"database\":\"" + OdooDouble.DATABASE
                + "\",\"login\":\"" + OdooDouble.LOGIN + "\"},\"secret\":\"" + OdooDouble.PASSWORD + "\"}");
        List<String> items = Releases.draftItems(api, RELEASES, "CRASH", "Crash test item");
        Releases.approve(api, Releases.submit(api, "item", items));

        Await.until("the first " + KILL_AFTER + " releases at the receiver and the next ones held open",
                Duration.ofMinutes(1), () -> receiver.distinctEventIds() == KILL_AFTER && receiver.held() > 0);
        long pid = server.java().pid();
        server.kill9();
        int arrivedBeforeKill = receiver.distinctEventIds();
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the server JVM is gone");
        assertEquals(KILL_AFTER, arrivedBeforeKill, "the receiver accepted no more than it was told to before the kill");
        receiver.release(); // the held requests' sender is dead; from now on the receiver accepts everything

        long inFlightAtKill = deliveries(subscription).getOrDefault("IN_FLIGHT", 0L); // frozen: nobody else claims
        server.restart();
        Await.until("all " + RELEASES + " items at the receiver", RECOVERY_TIMEOUT,
                () -> receiver.events().stream().map(WebhookReceiver.Received::subject).distinct().count() >= RELEASES);
        Await.until("the hub's log to show every delivery settled", Duration.ofSeconds(30),
                () -> deliveries(subscription).getOrDefault("DELIVERED", 0L) == RELEASES);
        Await.until("every item delivered to Odoo", RECOVERY_TIMEOUT,
                () -> deliveries(odooSubscription).getOrDefault("DELIVERED", 0L) == RELEASES);

        List<WebhookReceiver.Received> received = receiver.events();
        int duplicates = received.size() - receiver.distinctEventIds();
        Map<String, Long> takenBack = takenBackClaims(subscription);
        String report = String.format("%d releases; at the kill %d had arrived and %d were in flight; taken back %s;"
                        + " %d receipts, %d distinct events, %d duplicates", RELEASES, arrivedBeforeKill, inFlightAtKill,
                takenBack, received.size(), receiver.distinctEventIds(), duplicates);
        System.out.println("CrashRecoveryIT: " + report);

        assertEquals(RELEASES, receiver.distinctEventIds(), "none lost: " + report);
        Map<String, Set<String>> eventsPerItem = received.stream().collect(Collectors.groupingBy(
                WebhookReceiver.Received::subject, Collectors.mapping(WebhookReceiver.Received::id, Collectors.toSet())));
        assertEquals(Set.copyOf(items), eventsPerItem.keySet(), "every released item arrived, and nothing else: " + report);
        assertTrue(eventsPerItem.values().stream().allMatch(ids -> ids.size() == 1),
                "none applied twice: one event per item, whatever was re-sent: " + report);
        assertTrue(received.stream().allMatch(r -> "org.mdmhub.item.released".equals(r.type())), report);
        assertEquals(0, receiver.signatureFailures(), "every delivery, before and after the crash, is signed");
        assertEquals(inFlightAtKill, takenBack.getOrDefault(AT_RESTART, 0L),
                "the restarted node takes back at once the claims it held when it died: " + report);
        assertTrue(inFlightAtKill > 0 && inFlightAtKill <= MAX_IN_FLIGHT, "one batch per worker in flight: " + report);
        assertEquals(0L, takenBack.getOrDefault("lease expired", 0L),
                "a live node renews the leases of what it is sending: no claim ran out after the restart: " + report);
        assertTrue(duplicates <= inFlightAtKill, "duplicates come only from the claims in flight at the kill: " + report);
        assertEquals(Map.of("DELIVERED", (long) RELEASES), deliveries(subscription),
                "the hub's delivery log: all delivered, none pending, in flight or dead");

        // Odoo, counted at the target: loads re-sent after the crash upsert by external id and create nothing twice
        String odooReport = "Odoo: " + odoo.calls("load") + " load calls, taken back " + takenBackClaims(odooSubscription);
        System.out.println("CrashRecoveryIT: " + odooReport);
        assertEquals(RELEASES, odoo.count("product.template"), "one product per released item: " + odooReport);
        assertTrue(items.stream().allMatch(id -> odoo.byExternalId("mdm.item_" + id).isPresent()), odooReport);
        assertEquals(Map.of("DELIVERED", (long) RELEASES), deliveries(odooSubscription), odooReport);
    }


    /** The subscription's deliveries by status, from the server's database. */
    private static Map<String, Long> deliveries(String subscription) {
        return query("select status, count(*) from delivery where subscription_id = ? group by status", subscription);
    }

    /**
     * Claims taken back from their node, each logged as an ABANDONED attempt: by the node itself when it starts
     * again ({@link #AT_RESTART}), or by any node once the claim's lease ran out ({@code lease expired}).
     */
    private static Map<String, Long> takenBackClaims(String subscription) {
        return query("select case when a.error like 'node % restarted %' then '" + AT_RESTART + "' else 'lease expired' end,"
                + " count(*) from delivery_attempt a join delivery d on d.id = a.delivery_id"
                + " where d.subscription_id = ? and a.outcome = 'ABANDONED' group by 1", subscription);
    }

    private static Map<String, Long> query(String sql, String subscription) {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "mdm", "mdm");
             PreparedStatement ps = c.prepareStatement(sql)) {
            if (subscription != null) {
                ps.setObject(1, UUID.fromString(subscription));
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
