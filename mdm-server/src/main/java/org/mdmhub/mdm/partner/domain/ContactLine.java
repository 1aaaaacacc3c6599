package org.mdmhub.mdm.partner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** The columns of a contact line, shared by suppliers and customers (each has its own table). */
@MappedSuperclass
@Audited
public abstract class ContactLine extends PartnerLine<Contact> {
    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "role")
    private String role;

    @Column(name = "email")
    private String email;

    @Column(name = "phone")
    private String phone;

    protected ContactLine() {
    }

    ContactLine(UUID id) {
        super(id);
    }

    @Override
    void apply(Contact c) {
        name = c.name();
        role = c.role();
        email = c.email();
        phone = c.phone();
    }

    @Override
    public Contact value() {
        return new Contact(id(), name, role, email, phone);
    }
}
