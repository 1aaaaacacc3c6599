package org.mdmhub.mdm.partner.domain;

import java.util.Optional;
import java.util.UUID;
import org.mdmhub.mdm.platform.paging.Page;
import org.mdmhub.mdm.platform.paging.PageRequest;

/** All customer golden records. */
public interface Customers {
    Optional<Customer> byId(UUID id);

    boolean existsWithNumber(String customerNumber);

    /** The customer a source system knows by this key. */
    Optional<Customer> bySource(String sourceSystem, String sourceKey);

    void add(Customer customer);

    /**
     * Writes the transaction's pending changes now and hands the customer back: what is read from it afterwards
     * (its lock version above all, which the database bumps when a change is written) is what the commit keeps.
     */
    Customer flushed(Customer customer);

    Page<Customer> search(CustomerSearch search, PageRequest page);
}
