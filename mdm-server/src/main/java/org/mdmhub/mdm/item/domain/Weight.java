package org.mdmhub.mdm.item.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A weight with its mass unit (a UN/CEFACT Rec 20 code such as KGM or GRM). */
public record Weight(BigDecimal value, String unit) {
    public Weight {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        // 1.50 and 1.5 are the same weight: keep one form so that comparisons and diffs agree
        value = value.stripTrailingZeros();
    }
}
