package org.mdmhub.mdm.partner.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A contact of a supplier; part of the supplier aggregate, changed only through {@link Supplier}. */
@Entity
@Table(name = "supplier_contact")
@Audited
public class SupplierContact extends ContactLine {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false, updatable = false)
    private Supplier supplier;

    protected SupplierContact() {
        // for JPA
    }

    SupplierContact(Supplier supplier) {
        super(UUID.randomUUID());
        this.supplier = supplier;
    }
}
