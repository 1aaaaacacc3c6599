package org.mdmhub.mdm.keys.domain;

import java.util.Objects;

/**
 * A golden record's key in the system it came from, e.g. PLM part {@code P-100} at revision {@code A}.
 *
 * @param revision the record's revision (an item's, a BOM's); null for records without revisions (partners)
 */
public record SourceKey(String system, String key, String revision) {
    public SourceKey {
        Objects.requireNonNull(system);
        Objects.requireNonNull(key);
    }
}
