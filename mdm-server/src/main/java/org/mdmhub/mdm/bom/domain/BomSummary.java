package org.mdmhub.mdm.bom.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;

/** A BOM in a list: its header and how many lines it has, without the lines (a BOM may have thousands). */
public record BomSummary(
        UUID id,
        ItemRef parent,
        String bomRevision,
        Quantity producedQuantity,
        BomType type,
        List<String> plants,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        int lineCount,
        LifecycleState state,
        int version,
        Instant createdAt,
        Instant updatedAt,
        UUID predecessorId) {
}
