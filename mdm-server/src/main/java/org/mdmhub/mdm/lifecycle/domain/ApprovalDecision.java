package org.mdmhub.mdm.lifecycle.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One approver's decision on a change request, with the comment: part of the audit trail (who approved
 * which version). Written once; the table refuses updates and deletes.
 */
@Entity
@Table(name = "approval_decision")
public class ApprovalDecision {
    @Id
    private UUID id;

    @Column(name = "change_request_id", nullable = false, updatable = false)
    private UUID changeRequestId;

    @Column(name = "approval_group", nullable = false, updatable = false)
    private String group;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private String decidedBy;

    @Column(name = "approved", nullable = false, updatable = false)
    private boolean approved;

    @Column(name = "comment", updatable = false)
    private String comment;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected ApprovalDecision() {
    }

    public ApprovalDecision(UUID changeRequestId, String group, String decidedBy, boolean approved, String comment, Instant at) {
        this.id = UUID.randomUUID();
        this.changeRequestId = changeRequestId;
        this.group = group;
        this.decidedBy = decidedBy;
        this.approved = approved;
        this.comment = comment;
        this.decidedAt = at;
    }

    public UUID changeRequestId() { return changeRequestId; }
    public String group() { return group; }
    public String decidedBy() { return decidedBy; }
    public boolean approved() { return approved; }
    public String comment() { return comment; }
    public Instant decidedAt() { return decidedAt; }
}
