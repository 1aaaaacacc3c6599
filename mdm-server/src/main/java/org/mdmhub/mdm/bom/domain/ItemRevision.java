package org.mdmhub.mdm.bom.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;

/** What the BOM rules need to know about one revision of an item. */
public record ItemRevision(String itemNumber, String revision, String baseUnit, LifecycleState state) {

    /** A longer revision is newer (Z comes before AA), which plain string order would get wrong. */
    private static final Comparator<ItemRevision> OLDEST_FIRST = Comparator.comparing(ItemRevision::revision,
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));

    /**
     * The revision a floating line resolves to among all revisions of one item: the newest released one.
     * Until something is released (the lifecycle is not built yet, so nothing is), the newest existing
     * revision stands in, so that a floating line is still checked against a real base unit.
     */
    public static Optional<ItemRevision> floatingTarget(List<ItemRevision> revisions) {
        Optional<ItemRevision> released = revisions.stream()
                .filter(r -> r.state() == LifecycleState.RELEASED).max(OLDEST_FIRST);
        return released.isPresent() ? released : revisions.stream().max(OLDEST_FIRST);
    }
}
