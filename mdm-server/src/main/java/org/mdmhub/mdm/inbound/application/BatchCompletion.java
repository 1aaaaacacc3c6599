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
 * The last steps of a batch, each its own transaction: its change request goes to approval when the sender asked (one
 * workflow for the whole batch), then the batch is done. A change request the approval rules refuse stays open (a
 * steward can submit it after fixing what is wrong); the batch is done all the same.
 */
@ApplicationScoped
class BatchCompletion {

    @Inject Clock clock;
    @Inject InboundBatches batches;
    @Inject ChangeRequests changeRequests;
    @Inject ChangeRequestSubmission submission;

    /** Submits the batch's change request if the sender asked and it is still open (not yet submitted by an earlier try). */
    @Transactional
    void submit(UUID batchId) {
        InboundBatch batch = batches.lock(batchId);
        if (batch.isDone() || !batch.submit()) {
            return;
        }
        batch.changeRequest().flatMap(changeRequests::byId)
                .filter(cr -> cr.status() == ChangeRequestStatus.OPEN && !cr.entries().isEmpty())
                .ifPresent(cr -> submission.submit(cr.id()));
    }

    @Transactional
    void finish(UUID batchId) {
        InboundBatch batch = batches.lock(batchId);
        if (!batch.isDone()) {
            batches.finish(batchId, clock.instant());
        }
    }
}
