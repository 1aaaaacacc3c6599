package org.mdmhub.mdm.publication.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.publication.webhook.WebhookReceiver;
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.Await;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.Releases;
import org.mdmhub.mdm.testsupport.ServerProcess;
import org.mdmhub.mdm.testsupport.Subscriptions;

/**
 * Two WildFly nodes on one database share the delivery queue safely: both dispatch (each claims with
 * {@code FOR UPDATE SKIP LOCKED}), and no delivery is sent by both. Nothing crashes here, so at-least-once has no
 * reason to repeat anything: every event must arrive exactly once.
 */
class MultiNodeDispatchIT {
    private static final int RELEASES = 600;
    /** Small claims and a slow-ish receiver, so both nodes' workers have claims open at the same time. */
    private static final String BATCH = "25";
    private static final String WORKERS = "2";
    /** The receiver holds requests after this many, until both nodes are seen holding claims at the same time. */
    private static final int HOLD_AFTER = 50;
    private static final Duration RECEIVER_DELAY = Duration.ofMillis(10);
    private static final String SECRET = "multi-node-webhook-secret";

    private static ServerProcess nodeA;
    private static ServerProcess nodeB;
    private static WebhookReceiver receiver;

    @BeforeAll
    static void startTwoNodes() {
        // the dispatch settings the test relies on, set rather than taken from the defaults
        int offset = Integer.getInteger("multi.port.offset", 500);
        nodeA = ServerProcess.named("node-a").portOffset(offset).database(System.getProperty("multi.db.name", "mdm_multi"))
                .property("mdm.dispatch.batch", BATCH).property("mdm.dispatch.workers", WORKERS)
                .property("mdm.dispatch.lease", "PT120S").start();
        nodeB = ServerProcess.named("node-b").portOffset(offset + 100)
                .joining(nodeA).property("mdm.dispatch.batch", BATCH).property("mdm.dispatch.workers", WORKERS)
                .property("mdm.dispatch.lease", "PT120S").start();
        receiver = WebhookReceiver.start(SECRET).delay(RECEIVER_DELAY).holdAfter(HOLD_AFTER);
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
    }

    @Test
    void twoNodesShareTheQueueAndNoEventIsSentTwice() throws Exception {
        Api api = new Api(nodeA.url());
        String subscription = Subscriptions.create(api, "{\"name\":\"multi-node-webhook\",\"targetType\":\"webhook\","
                + "\"domains\":[\"item\"],\"config\":{\"url\":\"" + receiver.url() + "\",\"concurrency\":\"4\",\"timeoutSeconds\":\"120\"},"
                + "\"secret\":\"" + SECRET + "\"}");
        List<String> items = drafts(api);
        // released through node B: its transaction writes the outbox; NOTIFY wakes the dispatchers of both nodes
        Releases.approve(new Api(nodeB.url()), Releases.submit(api, "item", items));

        // while the receiver holds requests open, whoever claimed keeps its claim: wait until both nodes hold some,
        // which proves both dispatch, without depending on how fast either node is
        Await.until("claims in flight on both nodes", Duration.ofMinutes(2), () -> query("select claimed_by, count(*)"
                + " from delivery where subscription_id = ? and status = 'IN_FLIGHT' group by claimed_by", subscription)
                .keySet().containsAll(List.of(nodeA.node(), nodeB.node())));
        receiver.release();
        Await.until("all " + RELEASES + " releases at the receiver", Duration.ofMinutes(3),
                () -> receiver.distinctEventIds() >= RELEASES);
        Await.until("the hub's log to settle", Duration.ofSeconds(30),
                () -> query("select status, count(*) from delivery where subscription_id = ? group by status", subscription)
                        .getOrDefault("DELIVERED", 0L) == RELEASES);

        Map<String, Long> attemptsByNode = query("select a.node, count(*) from delivery_attempt a join delivery d"
                + " on d.id = a.delivery_id where d.subscription_id = ? group by a.node", subscription);
        String report = RELEASES + " releases, " + receiver.receipts() + " receipts, " + receiver.distinctEventIds()
                + " distinct; attempts by node " + attemptsByNode;
        System.out.println("MultiNodeDispatchIT: " + report);
        assertEquals(RELEASES, receiver.distinctEventIds(), report);
        assertEquals(RELEASES, receiver.receipts(), "no event sent by both nodes: " + report);
        assertEquals(0, receiver.signatureFailures());
        assertTrue(attemptsByNode.getOrDefault(nodeA.node(), 0L) > 0 && attemptsByNode.getOrDefault(nodeB.node(), 0L) > 0,
                "both nodes dispatched: " + report);
        assertEquals(RELEASES, attemptsByNode.values().stream().mapToLong(Long::longValue).sum(),
                "one attempt per delivery, over both nodes: " + report);
    }

    private static List<String> drafts(Api api) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> drafts = clients.invokeAll(IntStream.range(0, RELEASES)
                    .mapToObj(i -> (Callable<String>) () -> Releases.draftItem(api, Items.newNumber("MULTI"), "Multi-node item " + i))
                    .toList());
            List<String> ids = new ArrayList<>();
            for (Future<String> draft : drafts) {
                ids.add(draft.get());
            }
            return ids;
        } finally {
            clients.shutdownNow();
        }
    }

    private static Map<String, Long> query(String sql, String subscription) {
        try (Connection c = DriverManager.getConnection(nodeA.jdbcUrl(), "mdm", "mdm");
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, UUID.fromString(subscription));
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
