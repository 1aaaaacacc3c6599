package org.mdmhub.mdm.item.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one plant knows about an item, kept apart from the enterprise attributes: how it is procured there,
 * lead time, safety stock and minimum lot size (in the item's base unit), and where it is stored.
 */
public record PlantExtensionAttributes(String plant, ProcurementType procurementType, Integer leadTimeDays,
                                       BigDecimal safetyStock, BigDecimal minimumLotSize, String storageLocation) {
    public PlantExtensionAttributes {
        Objects.requireNonNull(plant, "plant");
        Objects.requireNonNull(procurementType, "procurementType");
        safetyStock = safetyStock == null ? null : safetyStock.stripTrailingZeros();
        minimumLotSize = minimumLotSize == null ? null : minimumLotSize.stripTrailingZeros();
    }
}
