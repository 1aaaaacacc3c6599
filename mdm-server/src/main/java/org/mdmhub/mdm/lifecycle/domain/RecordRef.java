package org.mdmhub.mdm.lifecycle.domain;

import java.util.Objects;
import java.util.UUID;

/** A golden record named across domains: its type and golden id. */
public record RecordRef(RecordType type, UUID id) {
    public RecordRef {
        Objects.requireNonNull(type);
        Objects.requireNonNull(id);
    }

    @Override
    public String toString() {
        return type.name().toLowerCase() + " " + id;
    }
}
