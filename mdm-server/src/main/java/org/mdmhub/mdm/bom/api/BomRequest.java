package org.mdmhub.mdm.bom.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mdmhub.mdm.bom.domain.BomAttributes;
import org.mdmhub.mdm.bom.domain.BomLineAttributes;
import org.mdmhub.mdm.bom.domain.BomType;
import org.mdmhub.mdm.bom.domain.ComponentRef;
import org.mdmhub.mdm.bom.domain.ItemRef;
import org.mdmhub.mdm.bom.domain.Quantity;
import org.mdmhub.mdm.item.domain.SourceRef;

/** The body of a create or update, shaped by {@code schemas/v1/bom.schema.json} (checked before this is read). */
public record BomRequest(
        ParentBody parent,
        String bomRevision,
        QuantityBody producedQuantity,
        String type,
        List<String> plants,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        List<LineBody> lines,
        SourceBody source) {

    public record ParentBody(String itemNumber, String revision) {
    }

    public record QuantityBody(BigDecimal value, String unit) {
    }

    public record ComponentBody(String itemNumber, String revision) {
    }

    public record LineBody(UUID id, int position, ComponentBody component, BigDecimal quantity, String unit,
                           BigDecimal scrapPercent, LocalDate effectiveFrom, LocalDate effectiveTo) {
        BomLineAttributes toAttributes() {
            return new BomLineAttributes(id, position, new ComponentRef(component.itemNumber(), component.revision()),
                    quantity, unit, scrapPercent, effectiveFrom, effectiveTo);
        }
    }

    public record SourceBody(String system, String key) {
    }

    BomAttributes toAttributes() {
        return new BomAttributes(new ItemRef(parent.itemNumber(), parent.revision()), bomRevision,
                new Quantity(producedQuantity.value(), producedQuantity.unit()),
                BomType.valueOf(type.toUpperCase(Locale.ROOT)), plants, effectiveFrom, effectiveTo,
                lines.stream().map(LineBody::toAttributes).toList(),
                source == null ? null : new SourceRef(source.system(), source.key()));
    }
}
