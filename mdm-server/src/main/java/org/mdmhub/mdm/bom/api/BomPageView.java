package org.mdmhub.mdm.bom.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mdmhub.mdm.bom.domain.BomSummary;
import org.mdmhub.mdm.platform.paging.Page;

/** A page of BOM headers (without their lines; read one BOM for those) with paging facts. */
public record BomPageView(List<SummaryView> boms, int page, int size, long totalItems, long totalPages) {

    public record SummaryView(UUID id, BomView.ParentView parent, String bomRevision, BomView.QuantityView producedQuantity,
                              String type, List<String> plants, LocalDate effectiveFrom, LocalDate effectiveTo,
                              int lineCount, UUID predecessorId, String state, int version, Instant createdAt,
                              Instant updatedAt) {
        static SummaryView of(BomSummary s) {
            return new SummaryView(s.id(), new BomView.ParentView(s.parent().itemNumber(), s.parent().revision()),
                    s.bomRevision(), new BomView.QuantityView(s.producedQuantity().value(), s.producedQuantity().unit()),
                    BomView.lower(s.type()), s.plants(), s.effectiveFrom(), s.effectiveTo(), s.lineCount(),
                    s.predecessorId(), s.state().name(), s.version(), s.createdAt(), s.updatedAt());
        }
    }

    static BomPageView of(Page<BomSummary> page) {
        return new BomPageView(page.content().stream().map(SummaryView::of).toList(),
                page.request().page(), page.request().size(), page.total(), page.totalPages());
    }
}
