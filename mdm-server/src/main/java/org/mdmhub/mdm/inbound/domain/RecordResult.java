package org.mdmhub.mdm.inbound.domain;

import java.util.List;
import java.util.UUID;
import org.mdmhub.mdm.platform.problem.FieldError;

/**
 * What became of one record of a batch.
 *
 * @param seq       its 1-based position in the batch
 * @param kind      item, bom, supplier or customer
 * @param sourceKey its key in the source system, as sent (null when the record did not say)
 * @param revision  the item or BOM revision it named, or null
 * @param recordId  the golden record it created, revised or proposes to change; null when rejected
 * @param errors    why it was rejected, field by field; empty otherwise
 */
public record RecordResult(int seq, String kind, String sourceKey, String revision, RecordOutcome outcome, UUID recordId,
                           List<FieldError> errors) {
    public RecordResult {
        errors = List.copyOf(errors);
    }
}
