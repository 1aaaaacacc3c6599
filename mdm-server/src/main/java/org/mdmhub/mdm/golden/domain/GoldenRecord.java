package org.mdmhub.mdm.golden.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.lifecycle.domain.Transition;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * The envelope every golden record shares, whatever its domain: golden id, source, lifecycle state, the two
 * version numbers and the timestamps, with the verbs that move them. {@code version} counts the record's saved
 * versions (1, 2, 3…) and is what people see; {@code lockVersion} is the optimistic-locking token behind the
 * ETag. A domain's aggregate extends this and adds its content and the verbs that change it; it calls
 * {@link #requireEditable()} or {@link #requireReleased()} before a change and {@link #touch(Instant)} after one.
 */
@MappedSuperclass
@Audited
public abstract class GoldenRecord {

    @Id
    private UUID id;

    @Column(name = "source_system")
    private String sourceSystem;

    @Column(name = "source_key")
    private String sourceKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private LifecycleState state;

    @Column(name = "version", nullable = false)
    private int version;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected GoldenRecord() {
        // for JPA
    }

    /** A new record with a new golden id, in DRAFT, at version 1. */
    protected GoldenRecord(Instant now) {
        id = UUID.randomUUID();
        state = LifecycleState.DRAFT;
        version = 1;
        createdAt = now;
        updatedAt = now;
    }

    /** The business key (item number and revision, supplier number…), as people name the record. */
    public abstract String businessKey();

    /** The record as messages name it ("Item 4711/A", "Supplier S-1"). */
    protected abstract String describe();

    /** A lifecycle step of this record (submit, approve, reject, release, block, unblock, obsolete, supersede). */
    public void transition(Transition transition, Instant now) {
        state = state.after(transition, describe());
        updatedAt = now;
    }

    /** Only a draft is edited in place; a released record changes through a change request. */
    protected void requireEditable() {
        if (!state.isEditable()) {
            throw new MdmException(ProblemType.ILLEGAL_TRANSITION,
                    describe() + " is " + state + "; only drafts can be edited in place");
        }
    }

    /**
     * Only a released (or blocked) record takes a change request and, once approved, its change; a draft is
     * edited in place. Checked when a change is proposed and again when it is applied.
     */
    public void requireReleased() {
        if (!state.isReleased()) {
            throw new MdmException(ProblemType.ILLEGAL_TRANSITION,
                    describe() + " is " + state + "; only a released record takes a change request, a draft is edited in place");
        }
    }

    /** Every saved change of content is the next version. */
    protected void touch(Instant now) {
        version++;
        updatedAt = now;
    }

    /** Sets where the record came from (null: entered in the hub). */
    protected void source(SourceRef source) {
        sourceSystem = source == null ? null : source.system();
        sourceKey = source == null ? null : source.key();
    }

    /** Where the record came from, or null when it was entered in the hub. */
    protected SourceRef source() {
        return sourceSystem == null && sourceKey == null ? null : new SourceRef(sourceSystem, sourceKey);
    }

    public UUID id() { return id; }
    public LifecycleState state() { return state; }
    public int version() { return version; }
    public long lockVersion() { return lockVersion; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
