package org.mdmhub.mdm.bom.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of a BOM as a steward sends it or a reader sees it.
 *
 * @param id           the line's stable id; null for a line not saved yet
 * @param scrapPercent expected scrap in percent of {@code quantity}; 0 when none is given
 */
public record BomLineAttributes(
        UUID id,
        int position,
        ComponentRef component,
        BigDecimal quantity,
        String unit,
        BigDecimal scrapPercent,
        LocalDate effectiveFrom,
        LocalDate effectiveTo) {

    public BomLineAttributes {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        quantity = Quantities.canonical(quantity);
        scrapPercent = scrapPercent == null ? BigDecimal.ZERO : Quantities.canonical(scrapPercent);
    }

    BomLineAttributes withoutId() {
        return new BomLineAttributes(null, position, component, quantity, unit, scrapPercent, effectiveFrom, effectiveTo);
    }
}
