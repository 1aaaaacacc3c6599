package org.mdmhub.mdm.partner.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A contact of a customer; part of the customer aggregate, changed only through {@link Customer}. */
@Entity
@Table(name = "customer_contact")
@Audited
public class CustomerContact extends ContactLine {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    protected CustomerContact() {
        // for JPA
    }

    CustomerContact(Customer customer) {
        super(UUID.randomUUID());
        this.customer = customer;
    }
}
