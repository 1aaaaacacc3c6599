package org.mdmhub.mdm.bom.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount in a UN/CEFACT Rec 20 unit, e.g. what one run of a BOM produces. */
public record Quantity(BigDecimal value, String unit) {
    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        value = Quantities.canonical(value);
    }
}
