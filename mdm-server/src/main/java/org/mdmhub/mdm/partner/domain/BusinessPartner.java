package org.mdmhub.mdm.partner.domain;

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
 * What suppliers and customers have in common as golden records: identity, legal name, VAT id, country,
 * payment terms, source, lifecycle state and the two version numbers. {@code version} counts the record's
 * saved versions (1, 2, 3…); {@code lockVersion} is the optimistic-locking token behind the ETag.
 */
@MappedSuperclass
@Audited
public abstract class BusinessPartner {

    @Id
    private UUID id;

    @Column(name = "legal_name", nullable = false)
    private String legalName;

    @Column(name = "vat_id")
    private String vatId;

    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @Column(name = "payment_terms")
    private String paymentTerms;

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

    protected BusinessPartner() {
        // for JPA
    }

    /** A new record, in DRAFT, at version 1. */
    BusinessPartner(Instant now) {
        id = UUID.randomUUID();
        state = LifecycleState.DRAFT;
        version = 1;
        createdAt = now;
        updatedAt = now;
    }

    /** The business key (supplier or customer number). */
    public abstract String number();

    /** "Supplier 4711", for messages. */
    abstract String describe();

    void applyShared(String newLegalName, String newVatId, String newCountry, String newPaymentTerms, SourceRef source) {
        legalName = newLegalName;
        vatId = newVatId;
        country = newCountry;
        paymentTerms = newPaymentTerms;
        sourceSystem = source == null ? null : source.system();
        sourceKey = source == null ? null : source.key();
    }

    void requireEditable() {
        if (!state.isEditable()) {
            throw new MdmException(ProblemType.ILLEGAL_TRANSITION,
                    describe() + " is " + state + "; only drafts can be edited in place");
        }
    }

    /** A lifecycle step of this record (submit, approve, reject, release, block, unblock, obsolete). */
    public void transition(Transition transition, Instant now) {
        state = state.after(transition, describe());
        updatedAt = now;
    }

    /** Only a released (or blocked) record takes an approved change; a draft is edited in place. */
    void requireReleased() {
        if (!state.isReleased()) {
            throw new MdmException(ProblemType.ILLEGAL_TRANSITION,
                    describe() + " is " + state + "; only a released record takes an approved change");
        }
    }

    /** Every saved change is the next version. */
    void touch(Instant now) {
        version++;
        updatedAt = now;
    }

    String legalName() { return legalName; }
    String vatId() { return vatId; }
    String country() { return country; }
    String paymentTerms() { return paymentTerms; }

    SourceRef source() {
        return sourceSystem == null && sourceKey == null ? null : new SourceRef(sourceSystem, sourceKey);
    }

    public UUID id() { return id; }
    public LifecycleState state() { return state; }
    public int version() { return version; }
    public long lockVersion() { return lockVersion; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
