package org.mdmhub.mdm.publication.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.application.GovernedDomains;
import org.mdmhub.mdm.lifecycle.domain.GovernedRecords;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.lifecycle.domain.PublishedRecord;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.publication.domain.EventType;
import org.mdmhub.mdm.publication.domain.Outbox;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;
import org.mdmhub.mdm.publication.domain.Subscription;

/**
 * Writes events and turns them into deliveries, in the caller's transaction. One rule beyond matching
 * subscriptions: a record that requires others at the target (a BOM its parent and components) gets those
 * queued first for the same subscription when they are not delivered or on their way there, whatever its filter
 * says, so a BOM never arrives before its items.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DeliveryFanout {
    /** The states in which a record is published at all. */
    static final Set<LifecycleState> PUBLISHED_STATES = EnumSet.of(LifecycleState.RELEASED, LifecycleState.BLOCKED,
            LifecycleState.OBSOLETE, LifecycleState.SUPERSEDED);

    @Inject Clock clock;
    @Inject Outbox outbox;
    @Inject SubscribersOfTransaction subscribers;
    @Inject GovernedDomains domains;

    /** Appends an event with the record's current published state and queues it for every subscription that wants it. */
    public ReleaseEvent publish(RecordRef record) {
        GovernedRecords governed = domains.of(record.type());
        PublishedRecord published = governed.published(record.id());
        EventType type = EventType.between(outbox.lastPublishedState(record.id()).orElse(null), published.state());
        ReleaseEvent event = outbox.append(new ReleaseEvent(0, UUID.randomUUID(), record.type(), record.id(),
                published.businessKey(), published.version(), published.state(), type, clock.instant(),
                published.document(), published.requires()), published.facets());
        for (SubscribersOfTransaction.Subscriber subscriber : subscribers.active()) {
            if (subscriber.subscription().wants(record.type()) && subscriber.filter().matches(published.facets())) {
                enqueue(subscriber.subscription(), event, type.name().toLowerCase());
            }
        }
        outbox.wakeDispatchersOnCommit();
        return event;
    }

    /**
     * Queues one event for one subscription, after whatever it requires that the target does not have yet.
     * Callers wake the dispatchers once when they are done ({@link #wakeDispatchers()}).
     */
    public long enqueue(Subscription subscription, ReleaseEvent event, String reason) {
        for (UUID required : event.requires()) {
            if (!outbox.hasLiveDelivery(subscription.id(), required)) {
                // publishing a never-published item may already queue it for this subscription
                prerequisite(required).filter(item -> !outbox.hasLiveDelivery(subscription.id(), required))
                        .ifPresent(item -> outbox.enqueue(subscription.id(), item, "required by " + event.businessKey()));
            }
        }
        return outbox.enqueue(subscription.id(), event, reason);
    }

    /** Dispatchers on every node wake when the current transaction commits. */
    public void wakeDispatchers() {
        outbox.wakeDispatchersOnCommit();
    }

    /**
     * The newest event of a required item; an item released before it was ever published (e.g. before the hub
     * published at all) gets its first event now. An item that is not released yet has none: the BOM waits.
     */
    private Optional<ReleaseEvent> prerequisite(UUID itemId) {
        Optional<ReleaseEvent> latest = outbox.latestEvent(itemId);
        if (latest.isPresent()) {
            return latest;
        }
        LifecycleState state = domains.of(RecordType.ITEM).state(itemId);
        return PUBLISHED_STATES.contains(state) ? Optional.of(publish(new RecordRef(RecordType.ITEM, itemId))) : Optional.empty();
    }
}
