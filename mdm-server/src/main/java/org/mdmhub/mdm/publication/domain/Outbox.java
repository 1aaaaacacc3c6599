package org.mdmhub.mdm.publication.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;

/**
 * The outbox tables, written in the caller's transaction: events, and the deliveries they fan out to.
 */
public interface Outbox {

    /** The state a record was last published in; empty if it never was. */
    Optional<LifecycleState> lastPublishedState(UUID recordId);

    /** The newest event of a record, if it was ever published. */
    Optional<ReleaseEvent> latestEvent(UUID recordId);

    /**
     * Appends an event (its {@code sequence} is ignored and assigned here) with the facets subscriptions
     * filter on; returns the event as stored.
     */
    ReleaseEvent append(ReleaseEvent event, Map<String, List<String>> facets);

    /** Queues one event for one subscription; {@code reason} says why (e.g. "released", "replay by admin"). */
    long enqueue(UUID subscriptionId, ReleaseEvent event, String reason);

    /** Whether the subscription has a delivery of this record that is delivered or still on its way. */
    boolean hasLiveDelivery(UUID subscriptionId, UUID recordId);

    /** Wakes the dispatchers of every node once the current transaction commits (PostgreSQL NOTIFY). */
    void wakeDispatchersOnCommit();
}
