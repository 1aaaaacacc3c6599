package org.mdmhub.mdm.publication.dispatch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mdmhub.mdm.publication.domain.AttemptRecord;
import org.mdmhub.mdm.publication.domain.ClaimedDelivery;
import org.mdmhub.mdm.publication.domain.DeliveryStatus;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Runs the outbox dispatcher on this node: {@code workers} threads that claim due deliveries, send them and
 * record the outcome, and one listener that wakes them when an outbox transaction commits anywhere in the
 * cluster (PostgreSQL LISTEN/NOTIFY), and does the housekeeping (expired claims, feed positions, metrics).
 * Every node runs one; claims are exclusive, so nodes share the work and never send the same delivery at once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Dispatcher {
    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    private static final long COUNT_EVERY_MS = 5_000;

    @Resource
    ManagedThreadFactory threadFactory;

    @Resource(lookup = "java:jboss/datasources/MdmDS")
    DataSource dataSource;

    @Inject DeliveryWork work;
    @Inject Sender sender;
    @Inject PublicationMetrics metrics;

    private final Wakeup wakeup = new Wakeup();
    private final List<Thread> threads = new ArrayList<>();
    private DispatchSettings settings;
    private volatile boolean running;

    @PostConstruct
    void start() {
        settings = DispatchSettings.fromSystemProperties();
        if (!settings.enabled()) {
            LOG.info("publication dispatcher disabled on this node (mdm.dispatch.enabled=false)");
            return;
        }
        int recovered = work.requeueClaimsOf(settings.node());
        if (recovered > 0) {
            LOG.warning(() -> recovered + " deliveries were in flight when node " + settings.node()
                    + " stopped; they are queued again (targets write idempotently)");
        }
        running = true;
        for (int i = 0; i < settings.workers(); i++) {
            threads.add(threadFactory.newThread(this::work));
        }
        threads.add(threadFactory.newThread(this::listen));
        threads.forEach(Thread::start);
        LOG.info(() -> "publication dispatcher started on node " + settings.node() + " with " + settings.workers() + " workers");
    }

    @PreDestroy
    void stop() {
        running = false;
        wakeup.signal();
        // first let each thread finish its cycle (a claim sent and recorded is not sent again after a restart);
        // only a thread still busy after the grace period (a slow target) is interrupted, and its claims are
        // taken back when this node starts again
        long deadline = System.currentTimeMillis() + 5_000;
        try {
            for (Thread thread : threads) {
                thread.join(Math.max(1, deadline - System.currentTimeMillis()));
            }
            for (Thread thread : threads) {
                if (thread.isAlive()) {
                    thread.interrupt();
                    thread.join(1_000);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Wakes this node's workers now (e.g. after a replay committed); other nodes hear the NOTIFY. */
    public void wake() {
        wakeup.signal();
    }

    private void work() {
        while (running) {
            long seen = wakeup.generation();
            try {
                if (dispatchOnce() == 0) {
                    wakeup.await(seen, settings.poll().toMillis());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | Error e) { // a worker must outlive any one bad cycle
                LOG.log(Level.WARNING, "dispatch cycle failed; its claims return to the queue when their lease ends", e);
                sleep(1_000);
            }
        }
    }

    /** One claim, sent per subscription, outcomes recorded; returns how many deliveries were handled. */
    int dispatchOnce() {
        List<ClaimedDelivery> claimed = work.claim(settings.node(), settings.batch(), settings.lease());
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<UUID, List<ClaimedDelivery>> bySubscription = new LinkedHashMap<>();
        claimed.forEach(c -> bySubscription.computeIfAbsent(c.subscriptionId(), k -> new ArrayList<>()).add(c));
        List<AttemptRecord> outcomes = new ArrayList<>(claimed.size());
        bySubscription.forEach((subscription, batch) -> {
            Optional<Route> route = work.route(subscription);
            if (route.isPresent()) {
                outcomes.addAll(sender.send(route.get(), batch));
            }
        });
        work.complete(settings.node(), outcomes);
        return claimed.size();
    }

    private void listen() {
        long lastCount = 0;
        long lastRenewal = 0;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                PGConnection pg = connection.unwrap(PGConnection.class);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN mdm_outbox");
                }
                while (running) {
                    PGNotification[] notifications = pg.getNotifications((int) settings.poll().toMillis());
                    if (notifications != null && notifications.length > 0) {
                        wakeup.signal();
                    }
                    if (System.currentTimeMillis() - lastRenewal > settings.lease().toMillis() / 3) {
                        // a heartbeat on this node's claims: they run out only if this node stops or hangs
                        work.renewClaimsOf(settings.node(), settings.lease());
                        lastRenewal = System.currentTimeMillis();
                    }
                    work.maintain();
                    if (System.currentTimeMillis() - lastCount > COUNT_EVERY_MS) {
                        Map<DeliveryStatus, Long> counts = work.openCounts();
                        metrics.counts(counts);
                        lastCount = System.currentTimeMillis();
                    }
                }
            } catch (Exception e) {
                if (running) {
                    LOG.log(Level.WARNING, "outbox listener lost its connection; reconnecting in a second", e);
                    sleep(1_000);
                }
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
