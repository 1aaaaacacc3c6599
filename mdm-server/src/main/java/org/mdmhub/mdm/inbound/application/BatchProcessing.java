package org.mdmhub.mdm.inbound.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.mdmhub.mdm.inbound.domain.InboundBatch;
import org.mdmhub.mdm.inbound.domain.InboundBatches;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.security.CurrentUser;

/**
 * Takes a staged batch to the end, chunk by chunk, each chunk its own transaction: first the records other records
 * may name (items, suppliers, customers), then the BOMs — so a BOM may come before its components in the batch —
 * then the change request is submitted if the sender asked. Run again on a batch interrupted midway (the server was
 * killed), it goes on where the last committed chunk ended.
 *
 * <p>A batch is completed either during the request that brought it (small batches) or in the background
 * ({@link BackgroundBatches}), there as done by the user who sent it.
 */
@ApplicationScoped
class BatchProcessing {
    static final int CHUNK = 500;
    private static final List<String> NAMED_FIRST = List.of("item", "supplier", "customer");
    private static final List<String> NAMING = List.of("bom");

    private static final Logger LOG = Logger.getLogger(BatchProcessing.class.getName());

    @Inject ChunkProcessing chunks;
    @Inject BatchCompletion completion;
    @Inject InboundBatches batches;

    /** Completes the batch outside any request, as its sender; a failed batch waits for its sender to send it again. */
    @ActivateRequestContext
    void completeInBackground(UUID batchId) {
        InboundBatch batch = batches.byId(batchId).orElseThrow();
        if (!batch.isDone() && !batch.isFailed()) {
            CurrentUser.actingFor(batch.receivedBy(), () -> complete(batchId));
        }
    }

    void complete(UUID batchId) {
        // chunks are taken in batch order, each after the last position of the one before (a record before it
        // has its result): the next chunk is found by the primary key, however many records are done
        for (int after = chunks.process(batchId, NAMED_FIRST, 0, CHUNK); after > 0; ) {
            after = chunks.process(batchId, NAMED_FIRST, after, CHUNK);
        }
        chunks.rejectTogether(batchId, "bom");
        for (int after = chunks.process(batchId, NAMING, 0, CHUNK); after > 0; ) {
            after = chunks.process(batchId, NAMING, after, CHUNK);
        }
        try {
            completion.submit(batchId);
        } catch (MdmException refused) {
            // e.g. no approval rule matches these records: the request stays open for a steward
            LOG.warning(() -> "batch " + batchId + ": its change request stays open, submitting it was refused ("
                    + refused.type() + ")");
        }
        completion.finish(batchId);
    }
}
