package org.mdmhub.mdm.bom.domain;

import java.math.BigDecimal;

/**
 * A unit code as the BOM rules see it: its dimension (MASS, COUNT, …) and, when the unit has a fixed size,
 * its factor to the dimension's base unit.
 */
public record UnitFacts(String code, String dimension, BigDecimal factorToBase) {

    /**
     * Whether a quantity in this unit can be stated in {@code other}: the same code, or the same dimension
     * with both sizes known (GRM to KGM yes; KGM to C62 no; a box to pieces no, a box has no fixed size).
     */
    public boolean convertibleTo(UnitFacts other) {
        return code.equals(other.code)
                || dimension.equals(other.dimension) && factorToBase != null && other.factorToBase != null;
    }
}
