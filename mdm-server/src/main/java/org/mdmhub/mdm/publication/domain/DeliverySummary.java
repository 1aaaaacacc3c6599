package org.mdmhub.mdm.publication.domain;

import java.time.Instant;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.domain.RecordType;

/** One delivery as the delivery log shows it: which event to which subscription, and how it stands. */
public record DeliverySummary(
        long id,
        UUID subscriptionId,
        String subscriptionName,
        long eventSequence,
        UUID eventId,
        RecordType domain,
        UUID recordId,
        String businessKey,
        int recordVersion,
        EventType eventType,
        DeliveryStatus status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant deliveredAt,
        String lastError,
        String reason) {
}
