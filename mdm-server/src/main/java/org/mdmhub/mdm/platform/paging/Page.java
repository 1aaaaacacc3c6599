package org.mdmhub.mdm.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a result, with the total count of matches. */
public record Page<T>(List<T> content, PageRequest request, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(content.stream().map(mapper).toList(), request, total);
    }

    public long totalPages() {
        return (total + request.size() - 1) / request.size();
    }
}
