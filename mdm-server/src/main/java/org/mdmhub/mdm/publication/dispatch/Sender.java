package org.mdmhub.mdm.publication.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.mdmhub.mdm.lifecycle.application.GovernedDomains;
import org.mdmhub.mdm.publication.application.Targets;
import org.mdmhub.mdm.publication.domain.AttemptRecord;
import org.mdmhub.mdm.publication.domain.ClaimedDelivery;
import org.mdmhub.mdm.publication.domain.DeliveryResult;
import org.mdmhub.mdm.publication.domain.DeliveryStatus;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;

/**
 * Sends one subscription's share of a claim through its adapter and turns the answers into outcomes: delivered;
 * retry later with backoff; or dead — refused for good, or out of attempts.
 */
@ApplicationScoped
public class Sender {
    private static final Logger LOG = Logger.getLogger(Sender.class.getName());

    @Inject Clock clock;
    @Inject Targets targets;
    @Inject GovernedDomains domains;
    @Inject PublicationMetrics metrics;
    @Inject DeliveryWork work;

    List<AttemptRecord> send(Route route, List<ClaimedDelivery> batch) {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        List<ReleaseEvent> events = batch.stream().map(c -> visibleTo(route, c.event())).toList();
        Map<UUID, DeliveryResult> results;
        try {
            results = targets.adapter(route.target().type()).send(route.target(), events).stream()
                    .collect(Collectors.toMap(DeliveryResult::eventId, Function.identity(), (a, b) -> a));
        } catch (RuntimeException e) { // an adapter must not throw; if one does, the target is not to blame
            LOG.log(Level.WARNING, "adapter for " + route.target() + " failed", e);
            results = Map.of();
        }
        long latency = (System.nanoTime() - t0) / 1_000_000;
        Instant now = clock.instant();
        List<AttemptRecord> outcomes = new ArrayList<>(batch.size());
        for (ClaimedDelivery claimed : batch) {
            DeliveryResult result = results.getOrDefault(claimed.event().eventId(),
                    DeliveryResult.retry(claimed.event(), "the " + route.target().type() + " adapter gave no result"));
            AttemptRecord outcome = outcome(route, claimed, result, started, latency, now);
            metrics.attempted(route.target(), claimed.event(), outcome, now);
            outcomes.add(outcome);
        }
        return outcomes;
    }

    private AttemptRecord outcome(Route route, ClaimedDelivery c, DeliveryResult result, Instant started,
                                         long latency, Instant now) {
        return switch (result.outcome()) {
            // a delivered attempt keeps the target's note (its record id), shown as the attempt's targetRecord
            case DELIVERED -> new AttemptRecord(c.deliveryId(), c.attempt(), started, latency, DeliveryStatus.DELIVERED,
                    "DELIVERED", result.detail(), null);
            case PERMANENT -> new AttemptRecord(c.deliveryId(), c.attempt(), started, latency, DeliveryStatus.DEAD,
                    "PERMANENT", result.detail(), null);
            case IDENTIFIER_HELD -> {
                // due again at once: the queue holds it back until the delivery that frees the identifier is done
                if (route.retry().mayRetryAfter(c.attempt()) && work.takenOverIdentifierIsBeingFreed(c.deliveryId())) {
                    yield new AttemptRecord(c.deliveryId(), c.attempt(), started, latency, DeliveryStatus.PENDING, "RETRY",
                            result.detail() + " (retried: a pending delivery gives that identifier up)", now);
                }
                yield new AttemptRecord(c.deliveryId(), c.attempt(), started, latency, DeliveryStatus.DEAD,
                        "PERMANENT", result.detail(), null);
            }
            case RETRY -> {
                if (!route.retry().mayRetryAfter(c.attempt())) {
                    yield new AttemptRecord(c.deliveryId(), c.attempt(), started, latency, DeliveryStatus.DEAD, "DEAD",
                            "gave up after " + c.attempt() + " attempts: " + result.detail(), null);
                }
                Duration wait = route.retry().backoffAfter(c.attempt(), ThreadLocalRandom.current());
                yield new AttemptRecord(c.deliveryId(), c.attempt(), started, latency, DeliveryStatus.PENDING, "RETRY",
                        result.detail(), now.plus(wait));
            }
        };
    }

    /** The event as this subscription may see it: sensitive fields (a supplier's IBANs) masked unless allowed. */
    private ReleaseEvent visibleTo(Route route, ReleaseEvent event) {
        if (route.includeSensitive()) {
            return event;
        }
        return event.withDocument(domains.of(event.domain()).maskSensitive(event.document()));
    }
}
