package org.mdmhub.mdm.bom.domain;

import java.util.List;
import java.util.UUID;
import org.mdmhub.mdm.audit.AuditedState;

/**
 * The audited states of a BOM, lines and plants included. A repository of its own because a BOM's history
 * is read in bulk: thousands of versions, each with hundreds of lines, must come back in a few queries.
 */
public interface BomHistory {
    /** Every saved state of the BOM, oldest first; empty when there is no such BOM. */
    List<AuditedState<BomSnapshot>> revisionsOf(UUID id);
}
