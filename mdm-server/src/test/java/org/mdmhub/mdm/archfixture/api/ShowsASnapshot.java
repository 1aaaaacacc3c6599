package org.mdmhub.mdm.archfixture.api;

import org.mdmhub.mdm.item.application.ItemSnapshot;
import org.mdmhub.mdm.item.domain.ItemAttributes;

/** Keeps "api does not touch the record entities": a view built from a snapshot and the domain's value objects. */
public class ShowsASnapshot {
    String number(ItemSnapshot item) {
        ItemAttributes attributes = item.attributes();
        return attributes.itemNumber() + " in " + item.plants().size() + " plants";
    }
}
