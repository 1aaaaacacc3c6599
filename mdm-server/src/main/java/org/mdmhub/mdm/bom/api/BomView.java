package org.mdmhub.mdm.bom.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mdmhub.mdm.bom.domain.BomAttributes;
import org.mdmhub.mdm.bom.domain.BomLineAttributes;
import org.mdmhub.mdm.bom.domain.BomSnapshot;

/**
 * A BOM as the API shows it: the schema's content plus identity, lifecycle state and version. Lines come
 * sorted by position, each with its stable {@code id} (history diffs match lines by it).
 */
public record BomView(
        UUID id,
        ParentView parent,
        String bomRevision,
        QuantityView producedQuantity,
        String type,
        List<String> plants,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        List<LineView> lines,
        SourceView source,
        UUID predecessorId,
        String state,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public record ParentView(String itemNumber, String revision) {
    }

    public record QuantityView(BigDecimal value, String unit) {
    }

    public record ComponentView(String itemNumber, String revision) {
    }

    public record LineView(UUID id, int position, ComponentView component, BigDecimal quantity, String unit,
                           BigDecimal scrapPercent, LocalDate effectiveFrom, LocalDate effectiveTo) {
        static LineView of(BomLineAttributes l) {
            return new LineView(l.id(), l.position(), new ComponentView(l.component().itemNumber(), l.component().revision()),
                    l.quantity(), l.unit(), l.scrapPercent(), l.effectiveFrom(), l.effectiveTo());
        }
    }

    public record SourceView(String system, String key) {
    }

    static BomView of(BomSnapshot bom) {
        BomAttributes a = bom.attributes();
        return new BomView(bom.id(), new ParentView(a.parent().itemNumber(), a.parent().revision()), a.bomRevision(),
                new QuantityView(a.producedQuantity().value(), a.producedQuantity().unit()), lower(a.type()), a.plants(),
                a.effectiveFrom(), a.effectiveTo(), a.lines().stream().map(LineView::of).toList(),
                a.source() == null ? null : new SourceView(a.source().system(), a.source().key()),
                bom.predecessorId(), bom.state().name(), bom.version(), bom.createdAt(), bom.updatedAt());
    }

    /** This view with an empty line list, for rendering the lines separately. */
    BomView withoutLines() {
        return new BomView(id, parent, bomRevision, producedQuantity, type, plants, effectiveFrom, effectiveTo, List.of(),
                source, predecessorId, state, version, createdAt, updatedAt);
    }

    static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
