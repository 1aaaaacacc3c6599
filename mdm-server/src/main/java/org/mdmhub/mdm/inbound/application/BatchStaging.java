package org.mdmhub.mdm.inbound.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mdmhub.mdm.inbound.domain.BatchStatus;
import org.mdmhub.mdm.inbound.domain.InboundBatch;
import org.mdmhub.mdm.inbound.domain.InboundBatches;
import org.mdmhub.mdm.inbound.domain.StagedRecord;
import org.mdmhub.mdm.platform.json.Json;

/**
 * Claims a batch key and stages the batch's records, in one transaction: either the key is taken with every record
 * of the batch, or (the server dies midway) nothing is, and the batch is simply sent again.
 */
@ApplicationScoped
class BatchStaging {
    private static final int STATEMENT_BATCH = 1000;

    @Inject Clock clock;
    @Inject InboundBatches batches;

    @Transactional
    InboundBatch stage(BatchHeader header, SpooledBody body, BatchFormat format, int recordCount, String sender) {
        InboundBatch batch = new InboundBatch(UUID.randomUUID(), header.sourceSystem(), header.batchKey(), body.sha256(),
                header.title(), header.submit(), BatchStatus.PROCESSING, recordCount, InboundBatch.Counts.NONE, null,
                sender, clock.instant(), null);
        if (!batches.addIfAbsent(batch)) {
            // another request took the key first (and has committed): answer as for a batch sent again
            return batches.byKey(header.sourceSystem(), header.batchKey()).orElseThrow();
        }
        List<StagedRecord> pending = new ArrayList<>(STATEMENT_BATCH);
        int[] seq = {0};
        BatchReader.read(body.file(), format, (kind, document) -> {
            pending.add(new StagedRecord(++seq[0], kind, Json.write(document)));
            if (pending.size() == STATEMENT_BATCH) {
                batches.stage(batch.id(), pending);
                pending.clear();
            }
        });
        batches.stage(batch.id(), pending);
        return batches.byId(batch.id()).orElseThrow();
    }
}
