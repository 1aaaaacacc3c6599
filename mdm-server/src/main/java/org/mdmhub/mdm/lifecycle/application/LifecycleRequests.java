package org.mdmhub.mdm.lifecycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.mdmhub.mdm.audit.ChangeReason;
import org.mdmhub.mdm.lifecycle.domain.ChangeKind;
import org.mdmhub.mdm.lifecycle.domain.ChangeRequest;
import org.mdmhub.mdm.lifecycle.domain.GovernedRecords;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;
import org.mdmhub.mdm.lifecycle.domain.Transition;

/**
 * Lifecycle steps on one record. Submitting a draft, lifting a block and making a record obsolete each open
 * a change request with that one record and submit it; a block (quality hold, credit block) acts at once.
 */
@ApplicationScoped
@Transactional
public class LifecycleRequests {
    @Inject GovernedDomains domains;
    @Inject ChangeRequestEditing editing;
    @Inject ChangeRequestSubmission submission;
    @Inject ChangeReason reason;

    public ChangeRequest submit(RecordRef record) {
        return viaApproval(record, ChangeKind.NEW_RECORD, "Release");
    }

    public ChangeRequest unblock(RecordRef record, String why) {
        reason.set(why);
        return viaApproval(record, ChangeKind.UNBLOCK, "Unblock");
    }

    public ChangeRequest obsolete(RecordRef record, String why) {
        reason.set(why);
        return viaApproval(record, ChangeKind.OBSOLETE, "Make obsolete:");
    }

    /** Blocks a released record at once; the reason is kept in its history. */
    public void block(RecordRef record, String why) {
        GovernedRecords records = domains.of(record.type());
        reason.set("blocked: " + why);
        records.transition(record.id(), Transition.BLOCK);
    }

    private ChangeRequest viaApproval(RecordRef record, ChangeKind kind, String verb) {
        String name = domains.of(record.type()).describe(record.id());
        ChangeRequest cr = editing.open(verb + " " + name, null);
        editing.add(cr.id(), List.of(new ChangeRequestEditing.Addition(record, null, kind)));
        return submission.submit(cr.id());
    }
}
