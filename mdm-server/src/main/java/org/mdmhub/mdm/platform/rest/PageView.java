package org.mdmhub.mdm.platform.rest;

import java.util.List;
import java.util.function.Function;
import org.mdmhub.mdm.platform.paging.Page;

/** A page of records with paging facts; the same shape as the item list, so clients page every collection alike. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, long totalPages) {
    public static <E, T> PageView<T> of(Page<E> page, Function<E, T> view) {
        return new PageView<>(page.content().stream().map(view).toList(),
                page.request().page(), page.request().size(), page.total(), page.totalPages());
    }
}
