package org.mdmhub.mdm.bom.domain;

import java.time.Instant;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;

/**
 * A BOM as it is (or was, at one audited revision): content plus identity, lifecycle state and version.
 * Readers get this value rather than the entity, so nothing lazy escapes a transaction and past versions
 * read back from the audit tables look exactly like the current one.
 */
public record BomSnapshot(
        UUID id,
        BomAttributes attributes,
        LifecycleState state,
        int version,
        long lockVersion,
        Instant createdAt,
        Instant updatedAt,
        UUID predecessorId) {
}
