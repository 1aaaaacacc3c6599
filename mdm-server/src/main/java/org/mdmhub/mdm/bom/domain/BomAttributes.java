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

    /**
     * The same content with each line that has no id given the id of {@code held}'s line at the same position: a
     * source system that knows lines by position (a PLM) revises them in place, so their history follows them.
     */
    public BomAttributes withLineIdsByPosition(BomAttributes held) {
        java.util.Map<Integer, java.util.UUID> ids = new java.util.HashMap<>();
        held.lines().forEach(l -> ids.put(l.position(), l.id()));
        List<BomLineAttributes> keyed = lines.stream().map(l -> l.id() != null || !ids.containsKey(l.position()) ? l
                : new BomLineAttributes(ids.get(l.position()), l.position(), l.component(), l.quantity(), l.unit(),
                        l.scrapPercent(), l.effectiveFrom(), l.effectiveTo())).toList();
        return new BomAttributes(parent, bomRevision, producedQuantity, type, plants, effectiveFrom, effectiveTo, keyed, source);
    }

    /** The business key: parent item, its revision, and the BOM revision name one BOM record. */
    public String businessKey() {
        return parent + " BOM " + bomRevision;
    }
}
