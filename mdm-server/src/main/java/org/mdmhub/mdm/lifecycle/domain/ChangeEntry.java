package org.mdmhub.mdm.lifecycle.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * One record in a change request. For a {@link ChangeEntryKind#CHANGE} it holds the proposed document (the
 * record's published JSON shape, already validated); the released record is untouched until approval.
 */
@Entity
@Table(name = "change_entry")
@Audited
public class ChangeEntry {
    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "change_request_id", nullable = false, updatable = false)
    private ChangeRequest changeRequest;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", nullable = false, updatable = false)
    private RecordType recordType;

    @Column(name = "record_id", nullable = false, updatable = false)
    private UUID recordId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private ChangeEntryKind kind;

    @Column(name = "proposed")
    private String proposed;

    protected ChangeEntry() {
    }

    ChangeEntry(ChangeRequest changeRequest, int position, RecordRef record, ChangeEntryKind kind, String proposed) {
        this.id = UUID.randomUUID();
        this.changeRequest = changeRequest;
        this.position = position;
        this.recordType = record.type();
        this.recordId = record.id();
        this.kind = kind;
        this.proposed = proposed;
    }

    void propose(String document) {
        this.proposed = document;
    }

    public UUID id() { return id; }
    public UUID changeRequestId() { return changeRequest.id(); }
    public RecordRef record() { return new RecordRef(recordType, recordId); }
    public ChangeEntryKind kind() { return kind; }
    public Optional<String> proposed() { return Optional.ofNullable(proposed); }
}
