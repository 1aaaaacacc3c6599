package org.mdmhub.mdm.lifecycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.mdmhub.mdm.audit.ChangeReason;
import org.mdmhub.mdm.lifecycle.domain.ChangeEntryKind;
import org.mdmhub.mdm.lifecycle.domain.ChangeRequest;
import org.mdmhub.mdm.lifecycle.domain.GovernedRecords;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;
import org.mdmhub.mdm.lifecycle.domain.RecordUsages;
import org.mdmhub.mdm.lifecycle.domain.ReleaseEvents;
import org.mdmhub.mdm.lifecycle.domain.Transition;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

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
    @Inject @Any Instance<RecordUsages> usages;
    @Inject ReleaseEvents releaseEvents;

    public ChangeRequest submit(RecordRef record) {
        return viaApproval(record, ChangeEntryKind.NEW_RECORD, "Release");
    }

    public ChangeRequest unblock(RecordRef record, String why) {
        reason.set(why);
        return viaApproval(record, ChangeEntryKind.UNBLOCK, "Unblock");
    }

    /**
     * Asks to make a record obsolete. When released records still use it (e.g. BOMs consuming an item), the
     * caller must have seen that list: without {@code whereUsedAcknowledged} the request is refused with it.
     */
    public ChangeRequest obsolete(RecordRef record, String why, boolean whereUsedAcknowledged) {
        List<String> users = new ArrayList<>();
        usages.forEach(u -> users.addAll(u.releasedUsersOf(record)));
        if (!users.isEmpty() && !whereUsedAcknowledged) {
            throw new MdmException(ProblemType.CONFLICT, domains.of(record.type()).describe(record.id()) + " is used by "
                    + users.size() + " released record(s); acknowledge the where-used list to make it obsolete",
                    users.stream().map(u -> new FieldError("acknowledgeWhereUsed", "used by " + u)).toList());
        }
        reason.set(why + (users.isEmpty() ? "" : " (where-used acknowledged: " + String.join(", ", users) + ")"));
        return viaApproval(record, ChangeEntryKind.OBSOLETE, "Make obsolete:");
    }

    /** Blocks a released record at once; the reason is kept in its history. */
    public void block(RecordRef record, String why) {
        GovernedRecords records = domains.of(record.type());
        reason.set("blocked: " + why);
        records.transition(record.id(), Transition.BLOCK);
        releaseEvents.changed(record);
    }

    private ChangeRequest viaApproval(RecordRef record, ChangeEntryKind kind, String verb) {
        String name = domains.of(record.type()).describe(record.id());
        ChangeRequest cr = editing.open(verb + " " + name, null);
        editing.add(cr.id(), List.of(new ChangeRequestEditing.Addition(record, null, kind)));
        return submission.submit(cr.id());
    }
}
