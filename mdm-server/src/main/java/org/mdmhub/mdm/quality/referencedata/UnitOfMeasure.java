package org.mdmhub.mdm.quality.referencedata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.Audited;

/**
 * A UN/CEFACT Recommendation 20 unit code with its dimension and, where the unit has a fixed size, its
 * factor to the dimension's base unit (KGM, MTR, LTR, MTK, C62, SEC). Units without a factor (a box, a
 * pack) exist but convert to nothing.
 */
@Entity
@Table(name = "unit_of_measure")
@Audited
public class UnitOfMeasure {
    @Id
    @Column(name = "code", length = 3)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "dimension", nullable = false)
    private String dimension;

    @Column(name = "factor_to_base")
    private BigDecimal factorToBase;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UnitOfMeasure() {
    }

    public UnitOfMeasure(String code, String name, Dimension dimension, BigDecimal factorToBase, Instant createdAt) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.dimension = dimension.name();
        this.factorToBase = factorToBase;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Whether a quantity in this unit converts to {@code other} (same dimension, both of fixed size, or the same unit). */
    public boolean convertsTo(UnitOfMeasure other) {
        return code.equals(other.code) || (dimension.equals(other.dimension)
                && factorToBase != null && other.factorToBase != null);
    }

    public String code() { return code; }
    public String name() { return name; }
    public Dimension dimension() { return Dimension.valueOf(dimension); }
    public Optional<BigDecimal> factorToBase() { return Optional.ofNullable(factorToBase); }

    public enum Dimension { MASS, LENGTH, VOLUME, AREA, COUNT, TIME }
}
