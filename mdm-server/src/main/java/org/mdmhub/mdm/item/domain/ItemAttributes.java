package org.mdmhub.mdm.item.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.mdmhub.mdm.golden.domain.SourceRef;

/**
 * The enterprise attributes of an item: everything a steward edits. Identity, lifecycle state and
 * version belong to the {@link Item} itself.
 */
public record ItemAttributes(
        String itemNumber,
        String revision,
        String name,
        String description,
        ItemType type,
        String baseUnit,
        String gtin,
        String category,
        MakeOrBuy makeOrBuy,
        Weight weight,
        LocalDate effectiveFrom,
        SourceRef source) {

    public ItemAttributes {
        Objects.requireNonNull(itemNumber, "itemNumber");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(baseUnit, "baseUnit");
    }

    /** The business key: number and revision together name one item record. */
    public String businessKey() {
        return itemNumber + "/" + revision;
    }
}
