package org.mdmhub.mdm.quality.referencedata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.OptionalInt;

/** An ISO 3166-1 country, with the length of its IBANs where it uses them. */
@Entity
@Table(name = "country")
public class Country {
    @Id
    @Column(name = "code", length = 2)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "iban_length")
    private Short ibanLength;

    protected Country() {
    }

    public String code() { return code; }
    public String name() { return name; }
    public OptionalInt ibanLength() { return ibanLength == null ? OptionalInt.empty() : OptionalInt.of(ibanLength); }
}
