package org.mdmhub.mdm.keys.domain;

import java.util.List;
import java.util.Objects;

/**
 * Every key one golden record has: where it came from (null when it was created in the hub) and where it went.
 */
public record RecordKeys(KeyedRecord record, SourceKey source, List<TargetKey> targets) {
    public RecordKeys {
        Objects.requireNonNull(record);
        targets = List.copyOf(targets);
    }

    /** The same record with only the keys of one system: its source key if it came from there, its targets there. */
    RecordKeys onlyIn(String system) {
        return new RecordKeys(record, source != null && source.system().equals(system) ? source : null,
                targets.stream().filter(t -> t.system().equals(system)).toList());
    }
}
