package org.mdmhub.mdm.publication.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mdmhub.mdm.lifecycle.application.GovernedDomains;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;
import org.mdmhub.mdm.publication.domain.DeliveryLog;
import org.mdmhub.mdm.publication.domain.DeliveryTarget;
import org.mdmhub.mdm.publication.domain.Drift;
import org.mdmhub.mdm.publication.domain.ReconcilableTarget;
import org.mdmhub.mdm.publication.domain.ReconciliationRun;
import org.mdmhub.mdm.publication.domain.ReconciliationRuns;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;
import org.mdmhub.mdm.publication.domain.Subscription;
import org.mdmhub.mdm.publication.domain.SubscriptionFilter;
import org.mdmhub.mdm.publication.domain.Subscriptions;

/**
 * Compares what a target holds with the released golden records it should hold (the newest published event
 * of every record its subscription covers) and keeps the report. Repair re-publishes every MISSING or STALE
 * record; UNEXPECTED ones are reported for a person to decide (the hub never deletes at a target).
 */
@ApplicationScoped
@Transactional
public class Reconciliations {
    private static final Logger LOG = Logger.getLogger(Reconciliations.class.getName());

    @Inject Clock clock;
    @Inject Subscriptions subscriptions;
    @Inject DeliveryLog log;
    @Inject Targets targets;
    @Inject GovernedDomains domains;
    @Inject ReconciliationRuns runs;
    @Inject Deliveries deliveries;

    public ReconciliationRun run(UUID subscriptionId, String who) {
        Subscription subscription = subscriptions.byId(subscriptionId)
                .orElseThrow(() -> MdmException.notFound("Subscription " + subscriptionId));
        DeliveryTarget adapter = targets.adapter(subscription.targetType());
        if (!(adapter instanceof ReconcilableTarget reconcilable)) {
            throw new MdmException(ProblemType.CONFLICT, "A " + subscription.targetType().name().toLowerCase()
                    + " target cannot be read back, so it cannot be reconciled; replay the subscription instead");
        }
        Instant started = clock.instant();
        SubscriptionFilter filter = SubscriptionJson.filter(subscription);
        List<ReleaseEvent> expected = log.newestEvents(subscription.domains()).stream()
                .filter(stored -> filter.matches(stored.facets()))
                .map(stored -> subscription.includeSensitive() ? stored.event() : stored.event()
                        .withDocument(domains.of(stored.event().domain()).maskSensitive(stored.event().document())))
                .toList();
        List<Drift> drifts;
        try {
            drifts = reconcilable.compare(targets.settings(subscription), expected, log.deliveredNames(subscriptionId));
        } catch (RuntimeException e) { // the target is down, refuses the login or answers nonsense: not our 500
            LOG.log(Level.WARNING, "reconciliation of " + subscription.name() + " could not read the target", e);
            throw new MdmException(ProblemType.TARGET_UNAVAILABLE, "Could not read " + subscription.name()
                    + " back: " + e.getMessage() + "; nothing was recorded, try again when the target answers");
        }
        ReconciliationRun run = new ReconciliationRun(UUID.randomUUID(), subscriptionId, who, started, clock.instant(),
                expected.size(), drifts, null, null);
        runs.save(run);
        return run;
    }

    public ReconciliationRun get(UUID runId) {
        return runs.byId(runId).orElseThrow(() -> MdmException.notFound("Reconciliation " + runId));
    }

    public List<ReconciliationRun> ofSubscription(UUID subscriptionId) {
        return runs.ofSubscription(subscriptionId, 50);
    }

    /** Re-publishes every missing or stale record of a run; returns how many deliveries were queued. */
    public int repair(UUID runId, String who) {
        ReconciliationRun run = get(runId);
        if (run.repairedAt() != null) {
            throw new MdmException(ProblemType.CONFLICT, "Reconciliation " + runId + " was repaired by " + run.repairedBy()
                    + " at " + run.repairedAt() + "; run a new one to see what drifted since");
        }
        Set<UUID> records = new LinkedHashSet<>();
        run.drifts().stream().filter(d -> d.kind() != Drift.Kind.UNEXPECTED).forEach(d -> records.add(d.recordId()));
        records.forEach(record -> deliveries.replayRecord(run.subscriptionId(), record, who + " (repair of reconciliation " + runId + ")"));
        runs.markRepaired(run.repaired(who, clock.instant()));
        return records.size();
    }
}
