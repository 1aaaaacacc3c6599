package org.mdmhub.mdm.publication.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mdmhub.mdm.publication.domain.Drift;
import org.mdmhub.mdm.publication.domain.ReconciliationRun;

/** A reconciliation report: counts by kind, then every drift. */
public record ReconciliationView(UUID id, UUID subscriptionId, String startedBy, Instant startedAt, Instant finishedAt,
                                 int checked, long missing, long stale, long unexpected, List<DriftView> drifts,
                                 Instant repairedAt, String repairedBy) {

    public record DriftView(UUID recordId, String kind, String field, String expected, String actual) {
    }

    static ReconciliationView of(ReconciliationRun r) {
        return new ReconciliationView(r.id(), r.subscriptionId(), r.startedBy(), r.startedAt(), r.finishedAt(), r.checked(),
                count(r, Drift.Kind.MISSING), count(r, Drift.Kind.STALE), count(r, Drift.Kind.UNEXPECTED),
                r.drifts().stream().map(d -> new DriftView(d.recordId(), d.kind().name().toLowerCase(Locale.ROOT), d.field(),
                        d.expected(), d.actual())).toList(), r.repairedAt(), r.repairedBy());
    }

    private static long count(ReconciliationRun r, Drift.Kind kind) {
        return r.drifts().stream().filter(d -> d.kind() == kind).count();
    }
}
