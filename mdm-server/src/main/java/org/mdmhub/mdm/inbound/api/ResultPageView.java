package org.mdmhub.mdm.inbound.api;

import java.util.List;

/** A page of a batch's results, paged like every collection of the API. */
public record ResultPageView(List<ResultView> items, int page, int size, long totalItems, long totalPages) {
}
