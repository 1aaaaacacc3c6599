package org.mdmhub.mdm.item.api;

import java.time.Instant;
import java.util.List;
import org.mdmhub.mdm.item.application.ItemVersion;

/** One entry of an item's history. */
public record ItemVersionView(int version, String state, long revision, Instant changedAt, String author,
                              String reason, String change, List<String> changedFields) {
    static ItemVersionView of(ItemVersion v) {
        return new ItemVersionView(v.version(), v.state().name(), v.revision().number(), v.revision().at(),
                v.revision().author(), v.revision().reason(), v.kind().name().toLowerCase(), v.changedFields());
    }
}
