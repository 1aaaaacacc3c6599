package org.mdmhub.mdm.lifecycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.domain.ApprovalDecision;
import org.mdmhub.mdm.lifecycle.domain.ApprovalDecisions;
import org.mdmhub.mdm.lifecycle.domain.ApprovalTask;
import org.mdmhub.mdm.lifecycle.domain.ApprovalWorkflow;
import org.mdmhub.mdm.lifecycle.domain.ChangeEntry;
import org.mdmhub.mdm.lifecycle.domain.ChangeRequest;
import org.mdmhub.mdm.lifecycle.domain.ChangeRequestStatus;
import org.mdmhub.mdm.lifecycle.domain.ChangeRequests;

/**
 * Change requests as the API shows them, read in one transaction. A page costs the same number of queries whatever
 * its size: the requests with their records, then the decisions and the open tasks of the whole page at once.
 * {@code showSensitive}: whether the reader may see what each record's domain masks in a proposal (a supplier's
 * IBANs, {@code GovernedRecords.maskSensitive}).
 */
@ApplicationScoped
@Transactional
public class ChangeRequestReading {
    @Inject ChangeRequests changeRequests;
    @Inject ApprovalDecisions decisions;
    @Inject ApprovalWorkflow workflow;
    @Inject GovernedDomains domains;

    public Optional<ChangeRequestSnapshot> byId(UUID id, boolean showSensitive) {
        return changeRequests.byId(id).map(cr -> of(cr, showSensitive));
    }

    /** The most recently changed requests, optionally of one status, newest first. */
    public List<ChangeRequestSnapshot> recent(ChangeRequestStatus status, int limit, boolean showSensitive) {
        return snapshots(changeRequests.recent(status, limit), showSensitive);
    }

    /** A request another use case has just returned (open, add, submit, a lifecycle action). */
    public ChangeRequestSnapshot of(ChangeRequest changeRequest, boolean showSensitive) {
        return snapshots(List.of(changeRequest), showSensitive).get(0);
    }

    private List<ChangeRequestSnapshot> snapshots(List<ChangeRequest> requests, boolean showSensitive) {
        Map<UUID, List<ApprovalDecision>> decided = decisions.ofAll(requests.stream().map(ChangeRequest::id).toList());
        Map<UUID, List<ApprovalTask>> open = workflow.openTasks(
                requests.stream().flatMap(cr -> cr.processId().stream()).toList());
        return requests.stream().map(cr -> new ChangeRequestSnapshot(cr.id(), cr.title(), cr.author(), cr.status(),
                cr.releaseAt().orElse(null), cr.decisionComment().orElse(null),
                cr.entries().stream().map(e -> entry(e, showSensitive)).toList(),
                decided.getOrDefault(cr.id(), List.of()).stream().map(ChangeRequestReading::decision).toList(),
                open.getOrDefault(cr.id(), List.of()), cr.createdAt(), cr.updatedAt())).toList();
    }

    private ChangeRequestSnapshot.Entry entry(ChangeEntry entry, boolean showSensitive) {
        return new ChangeRequestSnapshot.Entry(entry.record(), entry.kind(), entry.proposed()
                .map(document -> showSensitive ? document : domains.of(entry.record().type()).maskSensitive(document))
                .orElse(null));
    }

    private static ChangeRequestSnapshot.Decision decision(ApprovalDecision d) {
        return new ChangeRequestSnapshot.Decision(d.group(), d.decidedBy(), d.approved(), d.comment(), d.decidedAt());
    }
}
