package org.mdmhub.mdm.publication.dispatch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mdmhub.mdm.publication.domain.AttemptRecord;
import org.mdmhub.mdm.publication.domain.DeliveryStatus;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;
import org.mdmhub.mdm.publication.domain.TargetSettings;

/**
 * Publication metrics on the server's Micrometer registry (Prometheus at {@code :9990/metrics}):
 * <ul>
 *   <li>{@code mdm_delivery_attempts_total{target, subscription, outcome}} — every attempt;</li>
 *   <li>{@code mdm_delivery_latency_seconds{target, subscription}} — commit of the change to its delivery;</li>
 *   <li>{@code mdm_outbox_depth} and {@code mdm_dead_letters} — deliveries waiting and given up, over all
 *       subscriptions, refreshed by the dispatcher every few seconds.</li>
 * </ul>
 * Without a registry (the micrometer subsystem removed) the hub still runs, unmeasured. Meters are made with the
 * registry's {@code counter/gauge/timer(name, tags)} methods, not with builders: WildFly's per-deployment
 * registry passes only those on to the Prometheus registry (builders register in the deployment's own
 * registry, which nothing scrapes), and it has no HdrHistogram for client-side percentiles.
 */
@ApplicationScoped
public class PublicationMetrics {
    private static final Logger LOG = Logger.getLogger(PublicationMetrics.class.getName());

    @Inject Instance<MeterRegistry> registries;

    private MeterRegistry registry;
    private final AtomicLong depth = new AtomicLong();
    private final AtomicLong dead = new AtomicLong();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    @PostConstruct
    void register() {
        if (registries.isResolvable()) {
            registry = registries.get();
            registry.gauge("mdm_outbox_depth", Tags.empty(), depth, AtomicLong::get);
            registry.gauge("mdm_dead_letters", Tags.empty(), dead, AtomicLong::get);
        }
    }

    /** Counts an attempt; a failure to measure is logged and never stops a delivery. */
    void attempted(TargetSettings target, ReleaseEvent event, AttemptRecord outcome, Instant now) {
        if (registry == null) {
            return;
        }
        try {
            record(target, event, outcome, now);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "could not record a delivery metric", e);
        }
    }

    private void record(TargetSettings target, ReleaseEvent event, AttemptRecord outcome, Instant now) {
        String type = target.type().name().toLowerCase(Locale.ROOT);
        counters.computeIfAbsent(type + '|' + target.name() + '|' + outcome.outcome(), k -> registry.counter(
                "mdm_delivery_attempts", Tags.of("target", type, "subscription", target.name(),
                        "outcome", outcome.outcome().toLowerCase(Locale.ROOT)))).increment();
        if (outcome.status() == DeliveryStatus.DELIVERED) {
            timers.computeIfAbsent(type + '|' + target.name(), k -> registry.timer("mdm_delivery_latency",
                    Tags.of("target", type, "subscription", target.name())))
                    .record(Duration.between(event.occurredAt(), now));
        }
    }

    void counts(Map<DeliveryStatus, Long> byStatus) {
        depth.set(byStatus.getOrDefault(DeliveryStatus.PENDING, 0L) + byStatus.getOrDefault(DeliveryStatus.IN_FLIGHT, 0L));
        dead.set(byStatus.getOrDefault(DeliveryStatus.DEAD, 0L));
    }
}
