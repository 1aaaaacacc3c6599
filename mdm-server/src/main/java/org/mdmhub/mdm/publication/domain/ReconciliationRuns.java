package org.mdmhub.mdm.publication.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Kept reconciliation runs (for auditors: what drifted when, and who repaired it). */
public interface ReconciliationRuns {
    void save(ReconciliationRun run);

    void markRepaired(ReconciliationRun run);

    Optional<ReconciliationRun> byId(UUID id);

    List<ReconciliationRun> ofSubscription(UUID subscriptionId, int limit);
}
