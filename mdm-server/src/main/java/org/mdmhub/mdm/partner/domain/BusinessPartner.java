package org.mdmhub.mdm.partner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.mdmhub.mdm.golden.domain.GoldenRecord;
import org.mdmhub.mdm.golden.domain.SourceRef;

/**
 * What suppliers and customers have in common beyond the golden-record envelope: legal name, VAT id, country
 * and payment terms.
 */
@MappedSuperclass
@Audited
public abstract class BusinessPartner extends GoldenRecord {

    @Column(name = "legal_name", nullable = false)
    private String legalName;

    @Column(name = "vat_id")
    private String vatId;

    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @Column(name = "payment_terms")
    private String paymentTerms;

    protected BusinessPartner() {
        // for JPA
    }

    /** A new record, in DRAFT, at version 1. */
    BusinessPartner(Instant now) {
        super(now);
    }

    /** The business key (supplier or customer number). */
    public abstract String number();

    @Override
    public String businessKey() {
        return number();
    }

    void applyShared(String newLegalName, String newVatId, String newCountry, String newPaymentTerms, SourceRef source) {
        legalName = newLegalName;
        vatId = newVatId;
        country = newCountry;
        paymentTerms = newPaymentTerms;
        source(source);
    }

    String legalName() { return legalName; }
    String vatId() { return vatId; }
    String country() { return country; }
    String paymentTerms() { return paymentTerms; }
}
