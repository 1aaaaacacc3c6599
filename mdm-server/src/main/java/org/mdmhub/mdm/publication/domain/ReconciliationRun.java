package org.mdmhub.mdm.publication.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One comparison of a target with the golden records: when, by whom, how many records, what drifted, and its repair. */
public record ReconciliationRun(UUID id, UUID subscriptionId, String startedBy, Instant startedAt, Instant finishedAt,
                                int checked, List<Drift> drifts, Instant repairedAt, String repairedBy) {
    public ReconciliationRun {
        drifts = List.copyOf(drifts);
    }

    public ReconciliationRun repaired(String by, Instant at) {
        return new ReconciliationRun(id, subscriptionId, startedBy, startedAt, finishedAt, checked, drifts, at, by);
    }
}
