package org.mdmhub.mdm.bom.application;

import java.util.UUID;
import org.mdmhub.mdm.bom.domain.BomUsage;
import org.mdmhub.mdm.bom.domain.ItemRef;
import org.mdmhub.mdm.platform.paging.Page;

/** Where an item revision is used: the item, and a page of the BOMs whose lines use it. */
public record WhereUsed(UUID itemId, ItemRef item, Page<BomUsage> boms) {
}
