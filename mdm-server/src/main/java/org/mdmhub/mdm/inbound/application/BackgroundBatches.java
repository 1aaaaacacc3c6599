package org.mdmhub.mdm.inbound.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mdmhub.mdm.inbound.domain.InboundBatches;

/**
 * Processes batches that are not answered at once, on this node's managed executor: a batch handed over by its
 * request, and every batch left unfinished — at start-up all of them (this node may have been killed while working
 * on them), then every minute those that made no progress for {@link InboundSettings#resumeIdle()} (another node
 * may have died). Two workers on one batch, on one node or two, are harmless: chunks lock the batch row and take
 * turns, and a record with a result is never taken again.
 *
 * <p>A fault that is not the records' (the database gone for a while) is retried three times, 10, 30 and 90
 * seconds apart; then the batch is {@code FAILED} with an incident id in the log, and sending it again under its
 * key resumes it.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrations", "FlowableEngine"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackgroundBatches {
    private static final Logger LOG = Logger.getLogger(BackgroundBatches.class.getName());
    private static final int[] RETRY_SECONDS = {10, 30, 90};
    private static final long FIRST_SWEEP_SECONDS = 5;
    private static final long SWEEP_EVERY_SECONDS = 60;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject BatchProcessing processing;
    @Inject InboundBatches batches;
    @Inject InboundSettings settings;

    /** Batches this node is working on now (or will retry): one worker per batch per node. */
    private final Set<UUID> working = ConcurrentHashMap.newKeySet();
    private ScheduledFuture<?> firstSweep;
    private ScheduledFuture<?> sweeps;

    @PostConstruct
    void start() {
        firstSweep = executor.schedule(() -> sweep(Duration.ZERO), FIRST_SWEEP_SECONDS, TimeUnit.SECONDS);
        sweeps = executor.scheduleWithFixedDelay(() -> sweep(settings.resumeIdle()), SWEEP_EVERY_SECONDS,
                SWEEP_EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        firstSweep.cancel(false);
        sweeps.cancel(false);
    }

    /** Starts processing the batch on this node unless this node is at it already. */
    public void process(UUID batchId) {
        if (working.add(batchId)) {
            executor.execute(() -> attempt(batchId, 0));
        }
    }

    private void attempt(UUID batchId, int retries) {
        try {
            processing.completeInBackground(batchId);
            working.remove(batchId);
        } catch (RuntimeException | Error fault) {
            if (retries < RETRY_SECONDS.length) {
                int delay = RETRY_SECONDS[retries];
                LOG.log(Level.WARNING, "batch " + batchId + ": processing stopped; trying again in " + delay + " s", fault);
                executor.schedule(() -> attempt(batchId, retries + 1), delay, TimeUnit.SECONDS);
                return;
            }
            working.remove(batchId);
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Incident " + incident + ": batch " + batchId + " failed after "
                    + (retries + 1) + " attempts", fault);
            try {
                batches.fail(batchId, "processing stopped on a fault of the hub (incident " + incident
                        + "); send the batch again under its key to resume it");
            } catch (RuntimeException unrecorded) {
                // the database is still away: the batch stays PROCESSING and a later sweep takes it up again
                LOG.log(Level.WARNING, "batch " + batchId + ": its failure could not be recorded", unrecorded);
            }
        }
    }

    private void sweep(Duration idleFor) {
        try {
            batches.idle(idleFor).forEach(this::process);
        } catch (RuntimeException fault) {
            LOG.log(Level.WARNING, "looking for unfinished batches failed; trying again at the next sweep", fault);
        }
    }
}
