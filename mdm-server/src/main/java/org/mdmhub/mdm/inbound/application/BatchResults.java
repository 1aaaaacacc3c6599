package org.mdmhub.mdm.inbound.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.mdmhub.mdm.inbound.domain.InboundBatch;
import org.mdmhub.mdm.inbound.domain.InboundBatches;
import org.mdmhub.mdm.inbound.domain.RecordResult;
import org.mdmhub.mdm.platform.problem.MdmException;

/** Reading a batch and what became of its records. */
@ApplicationScoped
@Transactional
public class BatchResults {
    @Inject InboundBatches batches;

    public InboundBatch batch(UUID id) {
        return batches.byId(id).orElseThrow(() -> MdmException.notFound("Batch " + id));
    }

    /** Results in batch order, from {@code offset}. */
    public List<RecordResult> results(UUID id, int offset, int limit) {
        batch(id);
        return batches.results(id, offset, limit);
    }
}
