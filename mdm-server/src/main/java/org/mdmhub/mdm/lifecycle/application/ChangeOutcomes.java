package org.mdmhub.mdm.lifecycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.mdmhub.mdm.audit.ChangeReason;
import org.mdmhub.mdm.lifecycle.domain.ApprovalDecision;
import org.mdmhub.mdm.lifecycle.domain.ApprovalDecisions;
import org.mdmhub.mdm.lifecycle.domain.ChangeEntry;
import org.mdmhub.mdm.lifecycle.domain.ChangeEntryKind;
import org.mdmhub.mdm.lifecycle.domain.ChangeRequest;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;
import org.mdmhub.mdm.lifecycle.domain.ReleaseEvents;
import org.mdmhub.mdm.lifecycle.domain.Transition;

/**
 * What happens when the workflow reaches a decision: approval (records APPROVED), release (records
 * RELEASED or changed to their next version) and rejection (new records back to DRAFT, the comment in their
 * history). Every release, and every record it supersedes, is reported to {@link ReleaseEvents} in the same
 * transaction: that is what subscribers receive. Called by the workflow engine, on a request thread or a timer thread; each call joins the
 * engine's transaction, so a failure on one record rolls back the whole batch.
 */
@ApplicationScoped
@Transactional
public class ChangeOutcomes {

    @Inject
    Clock clock;
    @Inject ChangeRequestEditing editing;
    @Inject GovernedDomains domains;
    @Inject ApprovalDecisions decisions;
    @Inject ChangeReason reason;
    @Inject ReleaseEvents releaseEvents;

    @ActivateRequestContext
    public void approved(UUID changeRequestId) {
        ChangeRequest cr = editing.get(changeRequestId);
        reason.defaultTo("approved: " + cr.title());
        for (ChangeEntry entry : cr.entries()) {
            if (entry.kind() == ChangeEntryKind.NEW_RECORD) {
                domains.of(entry.record().type()).transition(entry.record().id(), Transition.APPROVE);
            }
        }
        cr.approved(clock.instant());
    }

    @ActivateRequestContext
    public void released(UUID changeRequestId) {
        ChangeRequest cr = editing.get(changeRequestId);
        reason.defaultTo("released with change request: " + cr.title());
        for (ChangeEntry entry : cr.entries()) {
            List<RecordRef> superseded = domains.of(entry.record().type()).release(entry);
            releaseEvents.changed(entry.record());
            superseded.forEach(releaseEvents::changed);
        }
        cr.released(clock.instant());
    }

    @ActivateRequestContext
    public void rejected(UUID changeRequestId) {
        ChangeRequest cr = editing.get(changeRequestId);
        String comment = decisions.of(changeRequestId).stream().filter(d -> !d.approved())
                .reduce((first, second) -> second).map(ApprovalDecision::comment).orElse("rejected");
        reason.set("rejected: " + comment);
        for (ChangeEntry entry : cr.entries()) {
            if (entry.kind() == ChangeEntryKind.NEW_RECORD) {
                domains.of(entry.record().type()).transition(entry.record().id(), Transition.REJECT);
            }
        }
        cr.rejected(comment, clock.instant());
    }
}
