package org.mdmhub.mdm.bom.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;

/** One BOM that uses an item, and the lines through which it does (the where-used answer). */
public record BomUsage(UUID bomId, ItemRef parent, String bomRevision, LifecycleState state, List<UsingLine> lines) {

    /**
     * @param pinnedRevision the item revision the line is pinned to, or null when the line floats
     */
    public record UsingLine(UUID lineId, int position, BigDecimal quantity, String unit, String pinnedRevision) {
        public UsingLine {
            quantity = Quantities.canonical(quantity);
        }
    }
}
