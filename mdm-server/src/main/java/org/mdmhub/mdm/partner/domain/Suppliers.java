package org.mdmhub.mdm.partner.domain;

import java.util.Optional;
import java.util.UUID;
import org.mdmhub.mdm.platform.paging.Page;
import org.mdmhub.mdm.platform.paging.PageRequest;

/** All supplier golden records. */
public interface Suppliers {
    Optional<Supplier> byId(UUID id);

    boolean existsWithNumber(String supplierNumber);

    void add(Supplier supplier);

    Page<Supplier> search(SupplierSearch search, PageRequest page);
}
