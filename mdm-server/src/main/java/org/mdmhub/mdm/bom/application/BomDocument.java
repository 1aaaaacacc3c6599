package org.mdmhub.mdm.bom.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mdmhub.mdm.bom.domain.BomAttributes;
import org.mdmhub.mdm.bom.domain.BomLineAttributes;
import org.mdmhub.mdm.bom.domain.BomType;
import org.mdmhub.mdm.bom.domain.ComponentRef;
import org.mdmhub.mdm.bom.domain.ItemRef;
import org.mdmhub.mdm.bom.domain.Quantity;
import org.mdmhub.mdm.golden.domain.SourceRef;

/**
 * A BOM in its JSON shape ({@code schemas/v1/bom.schema.json}): the body of a create or update (checked
 * against the schema before it is read), and what subscribers receive — then with lines sorted by position,
 * each carrying the stable id that targets key BOM lines by.
 */
public record BomDocument(
        Parent parent,
        String bomRevision,
        QuantityBody producedQuantity,
        String type,
        List<String> plants,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        List<Line> lines,
        Source source) {

    public record Parent(String itemNumber, String revision) {
    }

    public record QuantityBody(BigDecimal value, String unit) {
    }

    public record Component(String itemNumber, String revision) {
    }

    public record Line(UUID id, int position, Component component, BigDecimal quantity, String unit,
                       BigDecimal scrapPercent, LocalDate effectiveFrom, LocalDate effectiveTo) {
        static Line of(BomLineAttributes l) {
            return new Line(l.id(), l.position(), new Component(l.component().itemNumber(), l.component().revision()),
                    l.quantity(), l.unit(), l.scrapPercent(), l.effectiveFrom(), l.effectiveTo());
        }

        BomLineAttributes toAttributes() {
            return new BomLineAttributes(id, position, new ComponentRef(component.itemNumber(), component.revision()),
                    quantity, unit, scrapPercent, effectiveFrom, effectiveTo);
        }
    }

    public record Source(String system, String key) {
    }

    /** The attributes this document describes; call only on a document that passed the schema. */
    public BomAttributes toAttributes() {
        return new BomAttributes(new ItemRef(parent.itemNumber(), parent.revision()), bomRevision,
                new Quantity(producedQuantity.value(), producedQuantity.unit()),
                BomType.valueOf(type.toUpperCase(Locale.ROOT)), plants, effectiveFrom, effectiveTo,
                lines.stream().map(Line::toAttributes).toList(),
                source == null ? null : new SourceRef(source.system(), source.key()));
    }

    static BomDocument of(BomAttributes a) {
        return new BomDocument(new Parent(a.parent().itemNumber(), a.parent().revision()), a.bomRevision(),
                new QuantityBody(a.producedQuantity().value(), a.producedQuantity().unit()),
                a.type().name().toLowerCase(Locale.ROOT), a.plants().isEmpty() ? null : a.plants(),
                a.effectiveFrom(), a.effectiveTo(),
                a.lines().stream().sorted(Comparator.comparingInt(BomLineAttributes::position)).map(Line::of).toList(),
                a.source() == null ? null : new Source(a.source().system(), a.source().key()));
    }
}
