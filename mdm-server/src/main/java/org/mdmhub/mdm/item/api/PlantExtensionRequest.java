package org.mdmhub.mdm.item.api;

import java.math.BigDecimal;
import java.util.Locale;
import org.mdmhub.mdm.item.domain.PlantExtensionAttributes;
import org.mdmhub.mdm.item.domain.ProcurementType;

/** The body of PUT /items/{id}/plants/{plant}, shaped by {@code schemas/v1/item-plant.schema.json}. */
public record PlantExtensionRequest(String procurementType, Integer leadTimeDays, BigDecimal safetyStock,
                                    BigDecimal minimumLotSize, String storageLocation) {
    PlantExtensionAttributes toAttributes(String plant) {
        return new PlantExtensionAttributes(plant, ProcurementType.valueOf(procurementType.toUpperCase(Locale.ROOT)),
                leadTimeDays, safetyStock, minimumLotSize, storageLocation);
    }
}
