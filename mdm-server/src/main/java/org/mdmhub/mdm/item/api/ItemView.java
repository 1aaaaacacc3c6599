package org.mdmhub.mdm.item.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mdmhub.mdm.item.application.ItemSnapshot;
import org.mdmhub.mdm.item.domain.ItemAttributes;
import org.mdmhub.mdm.item.domain.PlantExtensionAttributes;

/** An item as the API shows it: the schema's attributes, its plant extensions, identity, lineage, lifecycle state and version. */
public record ItemView(
        UUID id,
        String itemNumber,
        String revision,
        String name,
        String description,
        String type,
        String baseUnit,
        String gtin,
        String category,
        String makeOrBuy,
        WeightView weight,
        LocalDate effectiveFrom,
        SourceView source,
        List<PlantView> plants,
        UUID predecessorId,
        String state,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public record WeightView(BigDecimal value, String unit) {
    }

    public record SourceView(String system, String key) {
    }

    @Schema(name = "ItemPlantView")
    public record PlantView(String plant, String procurementType, Integer leadTimeDays, BigDecimal safetyStock,
                            BigDecimal minimumLotSize, String storageLocation) {
        static PlantView of(PlantExtensionAttributes p) {
            return new PlantView(p.plant(), lower(p.procurementType()), p.leadTimeDays(), p.safetyStock(),
                    p.minimumLotSize(), p.storageLocation());
        }
    }

    static ItemView of(ItemSnapshot item) {
        ItemAttributes a = item.attributes();
        return new ItemView(item.id(), a.itemNumber(), a.revision(), a.name(), a.description(),
                lower(a.type()), a.baseUnit(), a.gtin(), a.category(), lower(a.makeOrBuy()),
                a.weight() == null ? null : new WeightView(a.weight().value(), a.weight().unit()),
                a.effectiveFrom(),
                a.source() == null ? null : new SourceView(a.source().system(), a.source().key()),
                item.plants().stream().map(PlantView::of).toList(),
                item.predecessorId(),
                item.state().name(), item.version(), item.createdAt(), item.updatedAt());
    }

    static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
