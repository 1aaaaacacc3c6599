package org.mdmhub.mdm.bom.domain;

import java.util.Optional;
import java.util.UUID;
import org.mdmhub.mdm.platform.paging.Page;
import org.mdmhub.mdm.platform.paging.PageRequest;

/** All BOM golden records. */
public interface Boms {
    /** The BOM with its lines loaded. */
    Optional<Bom> byId(UUID id);

    /** The released (or blocked) revisions of the BOM of this parent item revision, other than {@code except}. */
    java.util.List<Bom> releasedRevisions(ItemRef parent, UUID except);

    boolean existsWithKey(ItemRef parent, String bomRevision);

    void add(Bom bom);

    /**
     * Writes the transaction's pending changes now and hands the BOM back: what is read from it afterwards
     * (its lock version above all, which the database bumps when a change is written) is what the commit keeps.
     */
    Bom flushed(Bom bom);

    Page<BomSummary> search(BomSearch search, PageRequest page);

    /**
     * The BOMs with a line using {@code item}: a line with its item number that is pinned to its revision
     * or floats.
     */
    Page<BomUsage> whereUsed(ItemRef item, PageRequest page);

    /**
     * Serialises changes to the BOM structure until the current transaction ends. Two concurrent saves could
     * otherwise each pass the cycle check and together close a cycle (A → B in one, B → A in the other).
     */
    void lockStructure();

    /** The BOM a source system knows by this key, at this BOM revision. */
    Optional<Bom> bySource(String sourceSystem, String sourceKey, String bomRevision);
}
