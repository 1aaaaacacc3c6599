package org.mdmhub.mdm.bom.domain;

import java.util.Objects;

/** One item revision by its business key: the parent of a BOM, or the subject of a where-used query. */
public record ItemRef(String itemNumber, String revision) {
    public ItemRef {
        Objects.requireNonNull(itemNumber, "itemNumber");
        Objects.requireNonNull(revision, "revision");
    }

    @Override
    public String toString() {
        return itemNumber + "/" + revision;
    }
}
