package org.mdmhub.mdm.inbound.api;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.mdmhub.mdm.inbound.domain.InboundBatch;

/**
 * A batch as the API shows it: what it is, how far it got, what became of its records (counts by outcome; the
 * records themselves under {@code results}) and the change request it became.
 */
public record BatchView(UUID id, String sourceSystem, String batchKey, String title, boolean submit, String status,
                        int records, int processed, int created, int changed, int unchanged, int rejected,
                        UUID changeRequest, String receivedBy, Instant receivedAt, Instant finishedAt, String failure,
                        String results) {

    static BatchView of(InboundBatch b) {
        InboundBatch.Counts c = b.counts();
        return new BatchView(b.id(), b.sourceSystem(), b.batchKey(), b.title(), b.submit(),
                b.status().name().toLowerCase(Locale.ROOT), b.recordCount(), c.processed(), c.created(), c.changed(),
                c.unchanged(), c.rejected(), b.changeRequestId(), b.receivedBy(), b.receivedAt(), b.finishedAt(),
                b.failure(), "/api/v1/inbound/batches/" + b.id() + "/results");
    }
}
