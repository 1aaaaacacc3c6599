package org.mdmhub.mdm.bom.domain;

import java.util.Objects;

/**
 * The item a BOM line consumes. With a revision the line is <em>pinned</em> to it; without one it
 * <em>floats</em> to the component's released revision (docs/boms.md explains when to use which).
 */
public record ComponentRef(String itemNumber, String revision) {
    public ComponentRef {
        Objects.requireNonNull(itemNumber, "itemNumber");
    }

    public boolean pinned() {
        return revision != null;
    }

    @Override
    public String toString() {
        return pinned() ? itemNumber + "/" + revision : itemNumber;
    }
}
