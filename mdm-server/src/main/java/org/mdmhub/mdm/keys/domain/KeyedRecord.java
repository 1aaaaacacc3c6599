package org.mdmhub.mdm.keys.domain;

import java.util.Objects;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.domain.RecordType;

/**
 * A golden record as the key cross-reference names it.
 *
 * @param businessKey as the record names itself ("100-200/A", "100-200/A BOM B", "S-1")
 * @param revision    the item's or BOM's revision; null for partners
 */
public record KeyedRecord(UUID goldenId, RecordType domain, String businessKey, String revision) {
    public KeyedRecord {
        Objects.requireNonNull(goldenId);
        Objects.requireNonNull(domain);
        Objects.requireNonNull(businessKey);
    }
}
