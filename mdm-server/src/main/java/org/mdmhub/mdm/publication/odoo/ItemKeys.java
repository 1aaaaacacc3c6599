package org.mdmhub.mdm.publication.odoo;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Golden ids of item revisions by business key. A published BOM names its parent and components by item
 * number (and revision, unless the line floats), while Odoo knows them by {@code mdm.item_<golden id>}; the
 * release event's {@code requires} tells which revision a floating line was resolved to.
 */
public interface ItemKeys {

    /** Every revision of these item numbers, with its golden id. */
    Map<ItemNumberRevision, UUID> revisions(Collection<String> itemNumbers);
}
