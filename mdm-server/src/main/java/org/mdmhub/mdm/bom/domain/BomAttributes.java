package org.mdmhub.mdm.bom.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.mdmhub.mdm.golden.domain.SourceRef;

/**
 * Everything a steward edits on a BOM. Identity, lifecycle state and version belong to the {@link Bom}.
 * Lines and plants keep the order they were sent in, so that a rule can name {@code lines[3]} or
 * {@code plants[1]} as the client counts; a saved BOM gives them back sorted (lines by position).
 *
 * @param plants the plant codes where the BOM applies, each once; empty means every plant
 */
public record BomAttributes(
        ItemRef parent,
        String bomRevision,
        Quantity producedQuantity,
        BomType type,
        List<String> plants,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        List<BomLineAttributes> lines,
        SourceRef source) {

    public BomAttributes {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(bomRevision, "bomRevision");
        Objects.requireNonNull(producedQuantity, "producedQuantity");
        Objects.requireNonNull(type, "type");
        plants = plants == null ? List.of() : List.copyOf(new LinkedHashSet<>(plants));
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    }

    /** The business key: parent item, its revision, and the BOM revision name one BOM record. */
    public String businessKey() {
        return parent + " BOM " + bomRevision;
    }
}
