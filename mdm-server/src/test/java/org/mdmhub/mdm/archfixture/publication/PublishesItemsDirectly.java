package org.mdmhub.mdm.archfixture.publication;

import org.mdmhub.mdm.item.domain.Item;

/** Breaks "publication does not know the record domains": a sender that reads the Item aggregate. */
public class PublishesItemsDirectly {
    String key(Item item) {
        return item.businessKey();
    }
}
