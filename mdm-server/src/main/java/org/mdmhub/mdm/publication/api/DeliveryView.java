package org.mdmhub.mdm.publication.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mdmhub.mdm.publication.domain.DeliveryAttempt;
import org.mdmhub.mdm.publication.domain.DeliverySummary;

/** One delivery in the log; with its attempts when shown alone. */
public record DeliveryView(long id, UUID subscriptionId, String subscription, long eventSequence, UUID eventId,
                           String domain, UUID recordId, String businessKey, int recordVersion, String eventType,
                           String status, int attempts, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt,
                           String lastError, String reason, List<AttemptView> attemptLog) {

    /**
     * One attempt. {@code error} is the target's words on a failure; {@code targetRecord} what a delivered
     * attempt became at the target when the target says (Odoo: {@code product.template 42}).
     */
    public record AttemptView(int attempt, Instant startedAt, long latencyMs, String outcome, String error,
                              String targetRecord, String node) {
        static AttemptView of(DeliveryAttempt a) {
            boolean delivered = "DELIVERED".equals(a.outcome());
            return new AttemptView(a.attempt(), a.startedAt(), a.latencyMillis(), a.outcome().toLowerCase(Locale.ROOT),
                    delivered ? null : a.error(), delivered ? a.error() : null, a.node());
        }
    }

    static DeliveryView of(DeliverySummary d, List<DeliveryAttempt> attempts) {
        return new DeliveryView(d.id(), d.subscriptionId(), d.subscriptionName(), d.eventSequence(), d.eventId(),
                d.domain().name().toLowerCase(Locale.ROOT), d.recordId(), d.businessKey(), d.recordVersion(),
                d.eventType().name().toLowerCase(Locale.ROOT), d.status().name().toLowerCase(Locale.ROOT), d.attempts(),
                d.createdAt(), d.nextAttemptAt(), d.deliveredAt(), d.lastError(), d.reason(),
                attempts == null ? null : attempts.stream().map(AttemptView::of).toList());
    }
}
