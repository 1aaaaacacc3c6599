package org.mdmhub.mdm.quality.referencedata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.envers.Audited;

/** A plant of the manufacturer: where items are made or stored; BOMs and item extensions refer to it. */
@Entity
@Table(name = "plant")
@Audited
public class Plant {
    @Id
    @Column(name = "code", length = 10)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Plant() {
    }

    public Plant(String code, String name, String country, Instant createdAt) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.country = Objects.requireNonNull(country);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public String code() { return code; }
    public String name() { return name; }
    public String country() { return country; }
}
