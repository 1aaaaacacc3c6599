package org.mdmhub.mdm.publication.odoo;

import java.util.Objects;

/** An item revision by its business key, as BOM documents name parents and components. */
public record ItemNumberRevision(String itemNumber, String revision) {

    public ItemNumberRevision {
        Objects.requireNonNull(itemNumber);
        Objects.requireNonNull(revision);
    }
}
