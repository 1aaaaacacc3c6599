package org.mdmhub.mdm.lifecycle.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * A unit of approval: one or many records of any domains (a PLM batch, a mass change) approved once, each
 * record still versioned on its own. It is assembled while OPEN, submitted into the approval workflow, and
 * then approved (and released, now or at {@code releaseAt}) or rejected as a whole.
 */
@Entity
@Table(name = "change_request")
@Audited
public class ChangeRequest {
    /** The most records one request carries: a whole PLM batch (records added one by one stop earlier, see ChangeRequestEditing). */
    public static final int MAX_ENTRIES = 100_000;

    @Id
    private UUID id;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "author", nullable = false, updatable = false)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ChangeRequestStatus status;

    @Column(name = "release_at")
    private Instant releaseAt;

    @Column(name = "process_id")
    private String processId;

    @Column(name = "decision_comment")
    private String decisionComment;

    @OneToMany(mappedBy = "changeRequest", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<ChangeEntry> entries = new ArrayList<>();

    /** The entries by record, built on first use: a batch of 100,000 records asks "is it in already?" per record. */
    @Transient
    private Map<RecordRef, ChangeEntry> byRecord;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ChangeRequest() {
    }

    public static ChangeRequest open(String title, String author, Instant releaseAt, Instant now) {
        ChangeRequest cr = new ChangeRequest();
        cr.id = UUID.randomUUID();
        cr.title = title;
        cr.author = author;
        cr.status = ChangeRequestStatus.OPEN;
        cr.releaseAt = releaseAt;
        cr.createdAt = now;
        cr.updatedAt = now;
        return cr;
    }

    /** Adds a draft record, to be released when the request is approved. */
    public void addNewRecord(RecordRef record, Instant now) {
        add(record, ChangeEntryKind.NEW_RECORD, null, now);
    }

    /** Asks for a lifecycle step that needs approval: lifting a block, or making a record obsolete. */
    public void requestTransition(RecordRef record, ChangeEntryKind kind, Instant now) {
        if (kind != ChangeEntryKind.UNBLOCK && kind != ChangeEntryKind.OBSOLETE) {
            throw new IllegalArgumentException(kind + " is not a lifecycle request");
        }
        add(record, kind, null, now);
    }

    /** Adds a proposed change to a released record, or replaces the proposal already in this request. */
    public void proposeChange(RecordRef record, String proposedDocument, Instant now) {
        Optional<ChangeEntry> existing = entryFor(record);
        if (existing.isPresent() && existing.get().kind() == ChangeEntryKind.CHANGE) {
            requireStatus(ChangeRequestStatus.OPEN, "change");
            existing.get().propose(proposedDocument);
            updatedAt = now;
            return;
        }
        add(record, ChangeEntryKind.CHANGE, proposedDocument, now);
    }

    private void add(RecordRef record, ChangeEntryKind kind, String proposed, Instant now) {
        requireStatus(ChangeRequestStatus.OPEN, "add records to");
        if (entryFor(record).isPresent()) {
            throw new MdmException(ProblemType.CONFLICT, record + " is already in change request " + id);
        }
        if (entries.size() >= MAX_ENTRIES) {
            throw MdmException.validation(List.of(new FieldError("records", "at most " + MAX_ENTRIES + " records per change request")));
        }
        ChangeEntry entry = new ChangeEntry(this, entries.size(), record, kind, proposed);
        entries.add(entry);
        index().put(record, entry);
        updatedAt = now;
    }

    public void submitted(String processId, Instant now) {
        requireStatus(ChangeRequestStatus.OPEN, "submit");
        if (entries.isEmpty()) {
            throw MdmException.validation(List.of(new FieldError("records", "a change request needs at least one record")));
        }
        this.processId = processId;
        status = ChangeRequestStatus.IN_REVIEW;
        updatedAt = now;
    }

    public void approved(Instant now) {
        requireStatus(ChangeRequestStatus.IN_REVIEW, "approve");
        status = ChangeRequestStatus.APPROVED;
        updatedAt = now;
    }

    public void rejected(String comment, Instant now) {
        requireStatus(ChangeRequestStatus.IN_REVIEW, "reject");
        status = ChangeRequestStatus.REJECTED;
        decisionComment = comment;
        updatedAt = now;
    }

    public void released(Instant now) {
        requireStatus(ChangeRequestStatus.APPROVED, "release");
        status = ChangeRequestStatus.RELEASED;
        updatedAt = now;
    }

    private void requireStatus(ChangeRequestStatus expected, String verb) {
        if (status != expected) {
            throw new MdmException(ProblemType.ILLEGAL_TRANSITION,
                    "Change request " + id + " is " + status + ": cannot " + verb + " it (only when " + expected + ")");
        }
    }

    public Optional<ChangeEntry> entryFor(RecordRef record) {
        return Optional.ofNullable(index().get(record));
    }

    private Map<RecordRef, ChangeEntry> index() {
        if (byRecord == null) {
            byRecord = new HashMap<>();
            entries.forEach(e -> byRecord.put(e.record(), e));
        }
        return byRecord;
    }

    public UUID id() { return id; }
    public String title() { return title; }
    public String author() { return author; }
    public ChangeRequestStatus status() { return status; }
    public Optional<Instant> releaseAt() { return Optional.ofNullable(releaseAt); }
    public Optional<String> processId() { return Optional.ofNullable(processId); }
    public Optional<String> decisionComment() { return Optional.ofNullable(decisionComment); }
    public List<ChangeEntry> entries() { return List.copyOf(entries); }
    public long lockVersion() { return lockVersion; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
