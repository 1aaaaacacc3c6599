package org.mdmhub.mdm.publication.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.platform.paging.Page;
import org.mdmhub.mdm.platform.paging.PageRequest;

/** Reading the outbox and the deliveries: the delivery log, replay candidates and the pull feed. */
public interface DeliveryLog {

    Optional<DeliverySummary> delivery(long id);

    List<DeliveryAttempt> attempts(long deliveryId);

    Page<DeliverySummary> ofSubscription(UUID subscriptionId, Optional<DeliveryStatus> status, Optional<UUID> recordId,
                                         PageRequest page);

    /** Every delivery of one record, to every subscription, newest first (at most {@code limit}). */
    List<DeliverySummary> ofRecord(UUID recordId, int limit);

    Map<DeliveryStatus, Long> counts(UUID subscriptionId);

    Optional<ReleaseEvent> event(long sequence);

    /** Whether a later event of the same record than {@code sequence} was delivered to the subscription. */
    boolean laterEventDelivered(UUID subscriptionId, UUID recordId, long sequence);

    /** Events in outbox order, after {@code afterSequence} and at or after {@code since}, of these domains. */
    List<StoredEvent> eventsFrom(long afterSequence, Instant since, Set<RecordType> domains, int limit);

    /** The newest dead delivery of each record of a subscription that has nothing newer live or delivered. */
    List<DeliverySummary> replayableDead(UUID subscriptionId, int limit);

    /** The newest event of every record of these domains that is published (what a target should hold now). */
    List<StoredEvent> newestEvents(Set<RecordType> domains);

    /** External names of every record ever delivered to the subscription. */
    List<String> deliveredNames(UUID subscriptionId);

    /** The pull feed: events with a feed position after {@code afterPosition}, in feed order. */
    List<StoredEvent> feed(long afterPosition, Set<RecordType> domains, int limit);
}
