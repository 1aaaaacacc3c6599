package org.mdmhub.mdm.item.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.mdmhub.mdm.golden.domain.SourceRef;
import org.mdmhub.mdm.item.domain.ItemAttributes;
import org.mdmhub.mdm.item.domain.ItemType;
import org.mdmhub.mdm.item.domain.MakeOrBuy;
import org.mdmhub.mdm.item.domain.Weight;

/**
 * An item's enterprise attributes in their published JSON shape ({@code schemas/v1/item.schema.json}): the
 * body of a create or update, and the proposed content of a change to a released item. Always checked
 * against the schema before it is read.
 */
public record ItemDocument(
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

    public static ItemDocument of(ItemAttributes a) {
        return new ItemDocument(a.itemNumber(), a.revision(), a.name(), a.description(), lower(a.type()), a.baseUnit(),
                a.gtin(), a.category(), lower(a.makeOrBuy()),
                a.weight() == null ? null : new WeightBody(a.weight().value(), a.weight().unit()), a.effectiveFrom(),
                a.source() == null ? null : new SourceBody(a.source().system(), a.source().key()));
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    public ItemAttributes toAttributes() {
        return new ItemAttributes(itemNumber, revision, name, description,
                ItemType.valueOf(type.toUpperCase(Locale.ROOT)), baseUnit, gtin, category,
                makeOrBuy == null ? null : MakeOrBuy.valueOf(makeOrBuy.toUpperCase(Locale.ROOT)),
                weight == null ? null : new Weight(weight.value(), weight.unit()),
                effectiveFrom,
                source == null ? null : new SourceRef(source.system(), source.key()));
    }
}
