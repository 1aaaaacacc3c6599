package org.mdmhub.mdm.quality.referencedata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An Incoterms 2020 rule. */
@Entity
@Table(name = "incoterm")
public class Incoterm {
    @Id
    @Column(name = "code", length = 3)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "any_mode", nullable = false)
    private boolean anyMode;

    protected Incoterm() {
    }

    public String code() { return code; }
    public String name() { return name; }
    /** False for the rules meant for sea and inland waterway transport only (FAS, FOB, CFR, CIF). */
    public boolean anyMode() { return anyMode; }
}
