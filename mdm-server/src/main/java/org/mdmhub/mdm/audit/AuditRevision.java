package org.mdmhub.mdm.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One Envers revision: a committed change to one or more golden records, with who made it, when and why.
 * Rows are written by Hibernate only; no API updates or deletes them.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_revision_seq")
    @SequenceGenerator(name = "audit_revision_seq", sequenceName = "audit_revision_seq", allocationSize = 50)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private long timestamp;

    @Column(name = "author", nullable = false, length = 128)
    private String author;

    @Column(name = "reason", length = 500)
    private String reason;

    protected AuditRevision() {
    }

    void describe(String author, String reason) {
        this.author = author;
        this.reason = reason;
    }

    public long id() { return id; }
    public long timestamp() { return timestamp; }
    public String author() { return author; }
    public String reason() { return reason; }
}
