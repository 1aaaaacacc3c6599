package org.mdmhub.mdm.quality.referencedata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An ISO 4217 currency and its number of minor units. */
@Entity
@Table(name = "currency")
public class Currency {
    @Id
    @Column(name = "code", length = 3)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "minor_units", nullable = false)
    private short minorUnits;

    protected Currency() {
    }

    public String code() { return code; }
    public String name() { return name; }
    public int minorUnits() { return minorUnits; }
}
