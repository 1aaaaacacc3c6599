package org.mdmhub.mdm.keys.api;

import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mdmhub.mdm.keys.domain.KeyedRecord;

/** A golden record a key points to. */
@Schema(name = "KeyedRecord")
public record KeyedRecordView(
        @Schema(description = "the golden id", required = true) UUID id,
        @Schema(description = "item, bom, supplier or customer", required = true) String domain,
        @Schema(description = "e.g. 100-200/A for an item", required = true) String businessKey,
        @Schema(description = "the record's revision (items and BOMs)") String revision) {

    static KeyedRecordView of(KeyedRecord record) {
        return new KeyedRecordView(record.goldenId(), record.domain().name().toLowerCase(Locale.ROOT),
                record.businessKey(), record.revision());
    }
}
