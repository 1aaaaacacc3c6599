package org.mdmhub.mdm.lifecycle.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.domain.ApprovalTask;
import org.mdmhub.mdm.lifecycle.domain.ChangeEntryKind;
import org.mdmhub.mdm.lifecycle.domain.ChangeRequestStatus;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;

/**
 * A change request as read, taken inside the transaction that loaded it: its records (each proposal as the reader
 * may see it), the decisions taken (oldest first) and the tasks still open (oldest first).
 */
public record ChangeRequestSnapshot(UUID id, String title, String author, ChangeRequestStatus status, Instant releaseAt,
                                    String decisionComment, List<Entry> records, List<Decision> decisions,
                                    List<ApprovalTask> openTasks, Instant createdAt, Instant updatedAt) {

    /** One record of the request; {@code proposed} is null when the entry proposes no document (block, obsolete). */
    public record Entry(RecordRef record, ChangeEntryKind kind, String proposed) {
    }

    public record Decision(String group, String decidedBy, boolean approved, String comment, Instant decidedAt) {
    }
}
