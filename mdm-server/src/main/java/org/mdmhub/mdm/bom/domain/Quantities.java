package org.mdmhub.mdm.bom.domain;

import java.math.BigDecimal;

/** One canonical form for decimal quantities. */
final class Quantities {
    private Quantities() {
    }

    /**
     * 4, 4.0 and 4.000000 (as the database returns it) are one quantity: keep a single form so that equality
     * and history diffs agree. A negative scale is undone so that 10 is written as 10, not 1E+1.
     */
    static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
