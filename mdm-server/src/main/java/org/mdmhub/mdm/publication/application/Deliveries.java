package org.mdmhub.mdm.publication.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mdmhub.mdm.platform.paging.Page;
import org.mdmhub.mdm.platform.paging.PageRequest;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;
import org.mdmhub.mdm.publication.domain.DeliveryAttempt;
import org.mdmhub.mdm.publication.domain.DeliveryLog;
import org.mdmhub.mdm.publication.domain.DeliveryStatus;
import org.mdmhub.mdm.publication.domain.DeliverySummary;
import org.mdmhub.mdm.publication.domain.Outbox;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;
import org.mdmhub.mdm.publication.domain.StoredEvent;
import org.mdmhub.mdm.publication.domain.Subscription;
import org.mdmhub.mdm.publication.domain.Subscriptions;

/**
 * The delivery log and replay. A replay never rewinds a target: it queues a new delivery behind anything
 * already queued for the record, and refuses to send an old version where a newer one was delivered since.
 */
@ApplicationScoped
@Transactional
public class Deliveries {
    /** The most deliveries one replay request may queue; ask again with a later cursor for more. */
    public static final int MAX_REPLAY = 100_000;

    @Inject DeliveryLog log;
    @Inject Outbox outbox;
    @Inject Subscriptions subscriptions;
    @Inject DeliveryFanout fanout;

    public record Detail(DeliverySummary delivery, List<DeliveryAttempt> attempts) {
    }

    /** What a replay queued: how many deliveries, and the outbox sequence to continue from when capped. */
    public record Replay(int queued, long lastSequence, boolean more) {
    }

    public Detail detail(long deliveryId) {
        DeliverySummary delivery = log.delivery(deliveryId).orElseThrow(() -> MdmException.notFound("Delivery " + deliveryId));
        return new Detail(delivery, log.attempts(deliveryId));
    }

    public Page<DeliverySummary> ofSubscription(UUID subscriptionId, Optional<DeliveryStatus> status, Optional<UUID> record,
                                                PageRequest page) {
        subscription(subscriptionId);
        return log.ofSubscription(subscriptionId, status, record, page);
    }

    public List<DeliverySummary> ofRecord(UUID recordId) {
        return log.ofRecord(recordId, 500);
    }

    public Map<DeliveryStatus, Long> counts(UUID subscriptionId) {
        return log.counts(subscriptionId);
    }

    /** Sends one delivery's event again. */
    public long replayDelivery(long deliveryId, String who) {
        DeliverySummary delivery = log.delivery(deliveryId).orElseThrow(() -> MdmException.notFound("Delivery " + deliveryId));
        if (delivery.status() == DeliveryStatus.PENDING || delivery.status() == DeliveryStatus.IN_FLIGHT) {
            throw new MdmException(ProblemType.CONFLICT, "Delivery " + deliveryId + " is " + delivery.status()
                    + ": it is still on its way");
        }
        if (log.laterEventDelivered(delivery.subscriptionId(), delivery.recordId(), delivery.eventSequence())) {
            throw new MdmException(ProblemType.CONFLICT, "A newer version of " + delivery.businessKey() + " was delivered to "
                    + delivery.subscriptionName() + " since; replaying this one would roll it back. Replay the record instead.");
        }
        ReleaseEvent event = log.event(delivery.eventSequence()).orElseThrow();
        fanout.wakeDispatchers();
        return fanout.enqueue(subscription(delivery.subscriptionId()), event, "replay of delivery " + deliveryId + " by " + who);
    }

    /** Sends a record's current published state again. */
    public long replayRecord(UUID subscriptionId, UUID recordId, String who) {
        Subscription subscription = subscription(subscriptionId);
        ReleaseEvent latest = outbox.latestEvent(recordId)
                .orElseThrow(() -> MdmException.notFound("Record " + recordId + " was never published"));
        if (!subscription.wants(latest.domain())) {
            throw new MdmException(ProblemType.CONFLICT, "Subscription " + subscription.name() + " does not take "
                    + latest.domain().name().toLowerCase() + " records");
        }
        fanout.wakeDispatchers();
        return fanout.enqueue(subscription, latest, "replay of the record by " + who);
    }

    /** Every event the subscription takes, after an outbox sequence and since a time, in outbox order. */
    public Replay replayFrom(UUID subscriptionId, long afterSequence, Instant since, String who) {
        Subscription subscription = subscription(subscriptionId);
        List<StoredEvent> events = log.eventsFrom(afterSequence, since, subscription.domains(), MAX_REPLAY + 1);
        var filter = SubscriptionJson.filter(subscription);
        fanout.wakeDispatchers();
        int queued = 0;
        long last = afterSequence;
        for (StoredEvent stored : events.subList(0, Math.min(events.size(), MAX_REPLAY))) {
            if (filter.matches(stored.facets())) {
                fanout.enqueue(subscription, stored.event(), "replay since " + since + " by " + who);
                queued++;
            }
            last = stored.event().sequence();
        }
        return new Replay(queued, last, events.size() > MAX_REPLAY);
    }

    /** Every record whose newest delivery to the subscription is dead, sent again. */
    public Replay replayDead(UUID subscriptionId, String who) {
        Subscription subscription = subscription(subscriptionId);
        List<DeliverySummary> dead = log.replayableDead(subscriptionId, MAX_REPLAY);
        fanout.wakeDispatchers();
        for (DeliverySummary d : dead) {
            fanout.enqueue(subscription, log.event(d.eventSequence()).orElseThrow(), "replay of dead letter " + d.id() + " by " + who);
        }
        return new Replay(dead.size(), dead.stream().mapToLong(DeliverySummary::eventSequence).max().orElse(0), false);
    }

    private Subscription subscription(UUID id) {
        return subscriptions.byId(id).orElseThrow(() -> MdmException.notFound("Subscription " + id));
    }
}
