package org.mdmhub.mdm.item.api;

import java.util.List;
import org.mdmhub.mdm.item.application.ItemSnapshot;
import org.mdmhub.mdm.platform.paging.Page;

/** A page of items with paging facts. */
public record ItemPageView(List<ItemView> items, int page, int size, long totalItems, long totalPages) {
    static ItemPageView of(Page<ItemSnapshot> page) {
        return new ItemPageView(page.content().stream().map(ItemView::of).toList(),
                page.request().page(), page.request().size(), page.total(), page.totalPages());
    }
}
