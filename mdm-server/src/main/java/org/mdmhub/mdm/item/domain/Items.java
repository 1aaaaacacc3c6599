package org.mdmhub.mdm.item.domain;

import java.util.Optional;
import java.util.UUID;
import org.mdmhub.mdm.platform.paging.Page;
import org.mdmhub.mdm.platform.paging.PageRequest;

/** All item golden records. */
public interface Items {
    Optional<Item> byId(UUID id);

    boolean existsWithKey(String itemNumber, String revision);

    /** The item a source system knows by this key, at this revision. */
    Optional<Item> bySource(String sourceSystem, String sourceKey, String revision);

    void add(Item item);

    /**
     * Writes the transaction's pending changes now and hands the item back: what is read from it afterwards
     * (its lock version above all, which the database bumps when a change is written) is what the commit keeps.
     */
    Item flushed(Item item);

    /** A released (or blocked) item of another item number that carries this GTIN, if any. */
    java.util.Optional<Item> releasedWithGtin(String gtin, String exceptItemNumber);

    /** The released (or blocked) revisions of an item number, other than {@code except}. */
    java.util.List<Item> releasedRevisions(String itemNumber, UUID except);

    Page<Item> search(ItemSearch search, PageRequest page);
}
