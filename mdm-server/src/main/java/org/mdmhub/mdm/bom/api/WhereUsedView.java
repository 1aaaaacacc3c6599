package org.mdmhub.mdm.bom.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.mdmhub.mdm.bom.application.WhereUsed;
import org.mdmhub.mdm.bom.domain.BomUsage;

/**
 * The where-used answer: the item, and a page of the BOMs that use it with the lines through which they do.
 * {@code binding} is {@code pinned} (the line names this revision) or {@code floating} (the line follows the
 * item's released revision, whichever that is).
 */
public record WhereUsedView(ItemView item, List<UsageView> boms, int page, int size, long totalItems, long totalPages) {

    @Schema(name = "WhereUsedItem")
    public record ItemView(UUID id, String itemNumber, String revision) {
    }

    public record UsageView(UUID id, BomView.ParentView parent, String bomRevision, String state, List<LineView> lines) {
    }

    public record LineView(UUID id, int position, BigDecimal quantity, String unit, String binding) {
    }

    static WhereUsedView of(WhereUsed whereUsed) {
        var page = whereUsed.boms();
        return new WhereUsedView(new ItemView(whereUsed.itemId(), whereUsed.item().itemNumber(), whereUsed.item().revision()),
                page.content().stream().map(WhereUsedView::usage).toList(),
                page.request().page(), page.request().size(), page.total(), page.totalPages());
    }

    private static UsageView usage(BomUsage u) {
        return new UsageView(u.bomId(), new BomView.ParentView(u.parent().itemNumber(), u.parent().revision()),
                u.bomRevision(), u.state().name(), u.lines().stream().map(l -> new LineView(l.lineId(), l.position(),
                        l.quantity(), l.unit(), l.pinnedRevision() == null ? "floating" : "pinned")).toList());
    }
}
