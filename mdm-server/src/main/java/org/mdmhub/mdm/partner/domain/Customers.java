package org.mdmhub.mdm.partner.domain;

import java.util.Optional;
import java.util.UUID;
import org.mdmhub.mdm.platform.paging.Page;
import org.mdmhub.mdm.platform.paging.PageRequest;

/** All customer golden records. */
public interface Customers {
    Optional<Customer> byId(UUID id);

    boolean existsWithNumber(String customerNumber);

    void add(Customer customer);

    Page<Customer> search(CustomerSearch search, PageRequest page);
}
