package org.mdmhub.mdm.inbound.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.mdmhub.mdm.inbound.domain.InboundBatch;
import org.mdmhub.mdm.inbound.domain.InboundBatches;
import org.mdmhub.mdm.lifecycle.application.ChangeRequestSubmission;
import org.mdmhub.mdm.lifecycle.domain.ChangeRequestStatus;
import org.mdmhub.mdm.lifecycle.domain.ChangeRequests;

/**
 * The last step of a batch, in one transaction: its change request goes to approval when the sender asked (one
 * workflow for the whole batch), and the batch is done.
 */
@ApplicationScoped
class BatchCompletion {

    @Inject Clock clock;
    @Inject InboundBatches batches;
    @Inject ChangeRequests changeRequests;
    @Inject ChangeRequestSubmission submission;

    @Transactional
    void finish(UUID batchId) {
        InboundBatch batch = batches.lock(batchId);
        if (batch.isDone()) {
            return;
        }
        if (batch.submit()) {
            batch.changeRequest().flatMap(changeRequests::byId)
                    .filter(cr -> cr.status() == ChangeRequestStatus.OPEN && !cr.entries().isEmpty())
                    .ifPresent(cr -> submission.submit(cr.id()));
        }
        batches.finish(batchId, clock.instant());
    }
}
