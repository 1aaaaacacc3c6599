package org.mdmhub.mdm.keys.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mdmhub.mdm.keys.domain.RecordKeys;

/** A golden record with its keys: the source key first, then one entry per target subscription. */
@Schema(name = "RecordKeys")
public record RecordKeysView(
        @Schema(required = true) UUID goldenId,
        @Schema(description = "item, bom, supplier or customer", required = true) String domain,
        @Schema(description = "e.g. 100-200/A for an item", required = true) String businessKey,
        @Schema(required = true) List<KeyView> keys) {

    static RecordKeysView of(RecordKeys keys) {
        List<KeyView> views = new ArrayList<>();
        if (keys.source() != null) {
            views.add(KeyView.of(keys.source()));
        }
        keys.targets().forEach(t -> views.add(KeyView.of(t)));
        return new RecordKeysView(keys.record().goldenId(), keys.record().domain().name().toLowerCase(Locale.ROOT),
                keys.record().businessKey(), views);
    }
}
