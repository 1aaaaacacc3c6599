package org.mdmhub.mdm.item.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.mdmhub.mdm.item.domain.ItemAttributes;
import org.mdmhub.mdm.item.domain.ItemType;
import org.mdmhub.mdm.item.domain.MakeOrBuy;
import org.mdmhub.mdm.item.domain.SourceRef;
import org.mdmhub.mdm.item.domain.Weight;

/** The body of a create or update, shaped by {@code schemas/v1/item.schema.json} (checked before this is read). */
public record ItemRequest(
        String itemNumber,
        String revision,
        String name,
        String description,
        String type,
        String baseUnit,
        String gtin,
        String category,
        String makeOrBuy,
        WeightBody weight,
        LocalDate effectiveFrom,
        SourceBody source) {

    public record WeightBody(BigDecimal value, String unit) {
    }

    public record SourceBody(String system, String key) {
    }

    ItemAttributes toAttributes() {
        return new ItemAttributes(itemNumber, revision, name, description,
                ItemType.valueOf(type.toUpperCase(Locale.ROOT)), baseUnit, gtin, category,
                makeOrBuy == null ? null : MakeOrBuy.valueOf(makeOrBuy.toUpperCase(Locale.ROOT)),
                weight == null ? null : new Weight(weight.value(), weight.unit()),
                effectiveFrom,
                source == null ? null : new SourceRef(source.system(), source.key()));
    }
}
