package org.mdmhub.mdm.lifecycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.mdmhub.mdm.audit.ChangeReason;
import org.mdmhub.mdm.lifecycle.domain.ApprovalWorkflow;
import org.mdmhub.mdm.lifecycle.domain.ChangeEntry;
import org.mdmhub.mdm.lifecycle.domain.ChangeEntryKind;
import org.mdmhub.mdm.lifecycle.domain.ChangeRequest;
import org.mdmhub.mdm.lifecycle.domain.GovernedRecords;
import org.mdmhub.mdm.lifecycle.domain.Transition;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.security.CurrentUser;

/**
 * Submits a change request for approval: its new records move to IN_REVIEW, the rules pick the approver
 * groups, and the workflow starts — all in one transaction, so a failure leaves everything as it was.
 */
@ApplicationScoped
@Transactional
public class ChangeRequestSubmission {

    @Inject
    Clock clock;
    @Inject ChangeRequestEditing editing;
    @Inject GovernedDomains domains;
    @Inject ApprovalWorkflow workflow;
    @Inject CurrentUser user;
    @Inject ChangeReason reason;

    public ChangeRequest submit(UUID changeRequestId) {
        ChangeRequest cr = editing.get(changeRequestId);
        reason.defaultTo("submitted for approval: " + cr.title());
        Set<String> groups = new TreeSet<>();
        Set<String> authors = new TreeSet<>(List.of(cr.author(), user.name()));
        // the approval rules decide on a few facts (type, category, ...): records with the same facts need the same
        // approvals, so the decision table runs once per distinct set of facts, not once per record
        Map<Map<String, Object>, Set<String>> approvalsByFacts = new HashMap<>();
        for (ChangeEntry entry : cr.entries()) {
            GovernedRecords records = domains.of(entry.record().type());
            if (entry.kind() == ChangeEntryKind.NEW_RECORD) {
                records.transition(entry.record().id(), Transition.SUBMIT);
            }
            groups.addAll(approvalsByFacts.computeIfAbsent(records.routingFacts(entry), workflow::requiredApprovals));
            authors.addAll(records.authors(entry, cr.author()));
        }
        if (groups.isEmpty()) {
            throw MdmException.validation(List.of(new FieldError("records", "no approval rule matches these records")));
        }
        String handle = workflow.start(cr.id(), groups, authors, cr.releaseAt().orElse(null));
        cr.submitted(handle, clock.instant());
        return cr;
    }
}
