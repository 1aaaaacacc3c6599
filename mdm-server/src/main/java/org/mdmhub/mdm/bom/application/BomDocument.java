package org.mdmhub.mdm.bom.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mdmhub.mdm.bom.domain.BomAttributes;
import org.mdmhub.mdm.bom.domain.BomLineAttributes;

/**
 * A BOM in its published JSON shape ({@code schemas/v1/bom.schema.json}): what subscribers receive. Lines
 * come sorted by position and always carry their stable id, which targets key BOM lines by.
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
    }

    public record Source(String system, String key) {
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
