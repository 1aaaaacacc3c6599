package org.mdmhub.mdm.publication.domain;

import java.util.Set;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.lifecycle.domain.RecordType;

/**
 * The identifiers a delivery takes at a target that keeps them unique, and those it gives up there. An item's
 * GTIN is one (Odoo refuses a barcode two active products share): a RELEASED or BLOCKED revision holds it, a
 * SUPERSEDED or OBSOLETE one gives it up, so the revision that keeps its predecessor's GTIN must arrive after
 * the predecessor's supersede. The queue orders deliveries by these, across batches and nodes.
 *
 * @param takes identifiers this delivery makes its record hold, e.g. {@code gtin:4006381333931}
 * @param frees identifiers this delivery makes its record give up
 */
public record TargetIdentifiers(Set<String> takes, Set<String> frees) {

    public static final TargetIdentifiers NONE = new TargetIdentifiers(Set.of(), Set.of());

    public TargetIdentifiers {
        takes = Set.copyOf(takes);
        frees = Set.copyOf(frees);
    }

    /** The identifiers of an event of a record in {@code state} whose GTIN is {@code gtin} (null: none). */
    public static TargetIdentifiers of(RecordType domain, LifecycleState state, String gtin) {
        if (domain != RecordType.ITEM || gtin == null || gtin.isBlank()) {
            return NONE;
        }
        Set<String> identifier = Set.of("gtin:" + gtin.strip());
        return switch (state) {
            case RELEASED, BLOCKED -> new TargetIdentifiers(identifier, Set.of());
            case SUPERSEDED, OBSOLETE -> new TargetIdentifiers(Set.of(), identifier);
            default -> NONE;
        };
    }
}
