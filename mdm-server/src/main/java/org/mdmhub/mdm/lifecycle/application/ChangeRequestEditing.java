package org.mdmhub.mdm.lifecycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mdmhub.mdm.audit.ChangeReason;
import org.mdmhub.mdm.lifecycle.domain.ChangeEntryKind;
import org.mdmhub.mdm.lifecycle.domain.ChangeRequest;
import org.mdmhub.mdm.lifecycle.domain.ChangeRequests;
import org.mdmhub.mdm.lifecycle.domain.GovernedRecords;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;
import org.mdmhub.mdm.security.CurrentUser;

/** Assembling a change request: open it, add draft records, propose changes to released records. */
@ApplicationScoped
@Transactional
public class ChangeRequestEditing {
    /** The most records a person adds to one request through the API; a batch from a source system may carry more. */
    public static final int MAX_ADDED = 1000;

    @Inject
    Clock clock;
    @Inject ChangeRequests changeRequests;
    @Inject GovernedDomains domains;
    @Inject CurrentUser user;
    @Inject ChangeReason reason;

    public ChangeRequest open(String title, Instant releaseAt) {
        reason.defaultTo("change request opened: " + title);
        ChangeRequest cr = ChangeRequest.open(title, user.name(), releaseAt, clock.instant());
        changeRequests.add(cr);
        return cr;
    }

    /**
     * Opens a change request with its first records in one transaction, so a record that cannot join (e.g. it is
     * pending elsewhere) leaves no empty request behind: the refusal changes nothing.
     */
    public ChangeRequest open(String title, Instant releaseAt, List<Addition> additions) {
        ChangeRequest cr = open(title, releaseAt);
        return additions.isEmpty() ? cr : add(cr.id(), additions);
    }

    /** Adds records: a draft joins as a new record; a released record joins with its proposed document. */
    public ChangeRequest add(UUID changeRequestId, List<Addition> additions) {
        ChangeRequest cr = get(changeRequestId);
        if (cr.entries().size() + additions.size() > MAX_ADDED) {
            throw MdmException.validation(List.of(new FieldError("records", "at most " + MAX_ADDED + " records per change request")));
        }
        for (Addition addition : additions) {
            GovernedRecords records = domains.of(addition.record().type());
            records.describe(addition.record().id());
            requireNotPendingElsewhere(cr, addition.record());
            if (addition.kind() == ChangeEntryKind.UNBLOCK || addition.kind() == ChangeEntryKind.OBSOLETE) {
                // refuse now what could never be approved (e.g. obsoleting a draft)
                records.state(addition.record().id()).after(addition.kind().transition().orElseThrow(), records.describe(addition.record().id()));
                cr.requestTransition(addition.record(), addition.kind(), clock.instant());
            } else if (addition.proposedDocument() == null) {
                cr.addNewRecord(addition.record(), clock.instant());
            } else {
                String canonical = records.validateProposal(addition.record().id(), addition.proposedDocument());
                cr.proposeChange(addition.record(), canonical, clock.instant());
            }
        }
        return cr;
    }

    /**
     * One record to add: a draft ({@code proposedDocument} null), a released record with its new content, or
     * a lifecycle request ({@code kind} UNBLOCK or OBSOLETE).
     */
    public record Addition(RecordRef record, String proposedDocument, ChangeEntryKind kind) {
        public Addition(RecordRef record, String proposedDocument) {
            this(record, proposedDocument, proposedDocument == null ? ChangeEntryKind.NEW_RECORD : ChangeEntryKind.CHANGE);
        }
    }

    ChangeRequest get(UUID id) {
        return changeRequests.byId(id).orElseThrow(() -> MdmException.notFound("Change request " + id));
    }

    private void requireNotPendingElsewhere(ChangeRequest cr, RecordRef record) {
        changeRequests.pendingFor(record).stream().filter(other -> !other.id().equals(cr.id())).findFirst()
                .ifPresent(other -> {
                    throw new MdmException(ProblemType.CONFLICT, record + " is already in pending change request " + other.id());
                });
    }
}
