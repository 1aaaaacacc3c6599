package org.mdmhub.mdm.inbound.application;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.mdmhub.mdm.inbound.domain.RecordOutcome;
import org.mdmhub.mdm.inbound.domain.RecordResult;
import org.mdmhub.mdm.inbound.domain.StagedRecord;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.problem.FieldError;

/**
 * Claims a batch key and stages the batch's records, in one transaction: either the key is taken with every record
 * of the batch, or (the server dies midway) nothing is, and the batch is simply sent again.
 */
@ApplicationScoped
class BatchStaging {
    private static final int STATEMENT_BATCH = 1000;
    private static final int SOURCE_KEY = 120;
    private static final int REVISION = 10;

    @Inject Clock clock;
    @Inject InboundBatches batches;

    @Transactional
    InboundBatch stage(BatchHeader header, SpooledBody body, BatchContent content, int recordCount, String sender) {
        InboundBatch batch = new InboundBatch(UUID.randomUUID(), header.sourceSystem(), header.batchKey(), body.sha256(),
                header.title(), header.submit(), BatchStatus.PROCESSING, recordCount, InboundBatch.Counts.NONE, null,
                sender, clock.instant(), null, null);
        if (!batches.addIfAbsent(batch)) {
            // another request took the key first (and has committed): answer as for a batch sent again
            return batches.byKey(header.sourceSystem(), header.batchKey()).orElseThrow();
        }
        List<StagedRecord> pending = new ArrayList<>(STATEMENT_BATCH);
        List<RecordResult> unreadable = new ArrayList<>();
        content.read(body.file(), new BatchContent.Records() {
            @Override
            public void record(int seq, String kind, JsonNode document) {
                pending.add(new StagedRecord(seq, kind, Json.write(document)));
                if (pending.size() == STATEMENT_BATCH) {
                    batches.stage(batch.id(), pending);
                    pending.clear();
                }
            }

            @Override
            public void unreadable(int seq, String kind, String sourceKey, String revision, List<FieldError> errors) {
                // rejected as it is read: nothing of it is staged, so no chunk ever takes it
                unreadable.add(new RecordResult(seq, kind, fits(sourceKey, SOURCE_KEY), fits(revision, REVISION),
                        RecordOutcome.REJECTED, null, errors));
            }
        });
        batches.stage(batch.id(), pending);
        batches.record(batch.id(), unreadable);
        return batches.byId(batch.id()).orElseThrow();
    }

    /** What a row said of its key, if the result can keep it (inbound_result's column widths). */
    private static String fits(String value, int max) {
        return value != null && value.length() <= max ? value : null;
    }
}
