package org.mdmhub.mdm.partner.domain;

import java.util.Optional;
import java.util.UUID;
import org.mdmhub.mdm.platform.paging.Page;
import org.mdmhub.mdm.platform.paging.PageRequest;

/** All supplier golden records. */
public interface Suppliers {
    Optional<Supplier> byId(UUID id);

    boolean existsWithNumber(String supplierNumber);

    /** The supplier a source system knows by this key. */
    Optional<Supplier> bySource(String sourceSystem, String sourceKey);

    void add(Supplier supplier);

    /**
     * Writes the transaction's pending changes now and hands the supplier back: what is read from it afterwards
     * (its lock version above all, which the database bumps when a change is written) is what the commit keeps.
     */
    Supplier flushed(Supplier supplier);

    Page<Supplier> search(SupplierSearch search, PageRequest page);
}
