package org.mdmhub.mdm.partner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** The columns of an address line, shared by suppliers and customers (each has its own table). */
@MappedSuperclass
@Audited
public abstract class AddressLine extends PartnerLine<Address> {
    @Enumerated(EnumType.STRING)
    @Column(name = "address_type", nullable = false)
    private AddressType type;

    @Column(name = "street", nullable = false)
    private String street;

    @Column(name = "postal_code")
    private String postalCode;

    @Column(name = "city", nullable = false)
    private String city;

    @Column(name = "region")
    private String region;

    @Column(name = "country", nullable = false, length = 2)
    private String country;

    protected AddressLine() {
    }

    AddressLine(UUID id) {
        super(id);
    }

    @Override
    void apply(Address a) {
        type = a.type();
        street = a.street();
        postalCode = a.postalCode();
        city = a.city();
        region = a.region();
        country = a.country();
    }

    @Override
    public Address value() {
        return new Address(id(), type, street, postalCode, city, region, country);
    }
}
