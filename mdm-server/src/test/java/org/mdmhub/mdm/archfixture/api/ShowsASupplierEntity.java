package org.mdmhub.mdm.archfixture.api;

import org.mdmhub.mdm.partner.domain.Supplier;

/** Breaks "api does not touch the record entities": a view built from the Supplier entity itself. */
public class ShowsASupplierEntity {
    String number(Supplier supplier) {
        return supplier.number();
    }
}
