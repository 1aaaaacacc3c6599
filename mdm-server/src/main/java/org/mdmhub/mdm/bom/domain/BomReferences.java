package org.mdmhub.mdm.bom.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mdmhub.mdm.quality.referencedata.UnitOfMeasure;

/**
 * What a BOM points into, as its rules need it: items (parent and components), units of measure, plants,
 * and the structure all BOMs form together (for the cycle check).
 */
public interface BomReferences {

    /** Every revision of each of these item numbers; a number with no item is absent from the map. */
    Map<String, List<ItemRevision>> itemRevisions(Collection<String> itemNumbers);

    /** The golden id of every revision of these item numbers, by number and revision. */
    Map<ItemRef, UUID> itemIds(Collection<String> itemNumbers);

    Optional<UnitOfMeasure> unit(String code);

    boolean plantExists(String code);

    /**
     * A shortest path through the existing BOMs from one of {@code components} to {@code parentNumber}, as
     * item numbers from that component to the parent (both included); empty when the parent is reachable
     * from none of them. Edges are parent item number → component item number of every BOM in any state
     * but OBSOLETE; the edges of BOM {@code saved} (the one being saved; null for a new BOM) are left out,
     * since its new lines replace them.
     */
    Optional<List<String>> pathToParent(String parentNumber, Collection<String> components, UUID saved);

    /** The business key of the item with this golden id. */
    Optional<ItemRef> item(UUID itemId);
}
