package org.mdmhub.mdm.inbound.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mdmhub.mdm.inbound.domain.InboundBatch;
import org.mdmhub.mdm.inbound.domain.InboundBatches;
import org.mdmhub.mdm.inbound.domain.RecordOutcome;
import org.mdmhub.mdm.inbound.domain.RecordResult;
import org.mdmhub.mdm.inbound.domain.StagedRecord;
import org.mdmhub.mdm.lifecycle.domain.ChangeRequest;
import org.mdmhub.mdm.lifecycle.domain.ChangeRequests;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;
import org.mdmhub.mdm.platform.json.Json;

/**
 * One chunk of a batch in one transaction: the next records without a result are taken by their domains, join the
 * batch's change request, and get their results — all or nothing, so a chunk interrupted by a crash is simply
 * processed again and no record is processed twice. The batch row is locked meanwhile: two requests carrying the
 * same batch take turns.
 *
 * <p>The change request is loaded only once the chunk's records are taken: it holds an entry per record of the
 * chunks before (up to the whole batch), and while it is in the persistence context every query a domain runs
 * flushes, and so dirty-checks, all of them — each chunk would cost more than the one before.
 */
@ApplicationScoped
class ChunkProcessing {

    @Inject Clock clock;
    @Inject InboundBatches batches;
    @Inject ChangeRequests changeRequests;
    @Inject SourceDomains domains;

    /**
     * Processes up to {@code limit} records of these kinds after position {@code afterSeq}; returns the position of the
     * last one it processed (0: none left).
     */
    @Transactional
    int process(UUID batchId, List<String> kinds, int afterSeq, int limit) {
        InboundBatch batch = batches.lock(batchId);
        if (batch.isDone()) {
            return 0;
        }
        List<StagedRecord> todo = batches.unprocessed(batchId, kinds, afterSeq, limit);
        Instant now = clock.instant();
        Optional<UUID> own = batch.changeRequest();
        List<Intake> joining = new ArrayList<>();
        List<RecordResult> results = new ArrayList<>(todo.size());
        for (StagedRecord staged : todo) {
            SourceRecords domain = domains.of(staged.kind()).orElseThrow();
            Intake intake = domain.receive(batch.sourceSystem(), parse(staged.document()),
                    record -> pendingElsewhere(record, own));
            if (intake.joins()) {
                joining.add(intake);
            }
            results.add(new RecordResult(staged.seq(), staged.kind(), intake.sourceKey(), intake.revision(),
                    intake.outcome(), intake.record() == null ? null : intake.record().id(), intake.errors()));
        }
        if (!joining.isEmpty()) {
            ChangeRequest cr = own.flatMap(changeRequests::byId).orElseGet(() -> {
                ChangeRequest opened = ChangeRequest.open(batch.title(), batch.receivedBy(), null, now);
                changeRequests.add(opened);
                batches.linkChangeRequest(batchId, opened.id());
                return opened;
            });
            joining.forEach(intake -> join(cr, intake, now));
        }
        batches.record(batchId, results);
        return todo.isEmpty() ? 0 : todo.get(todo.size() - 1).seq();
    }

    /**
     * Records that break a rule only together, found over all staged records of one kind before any of them is
     * processed (a cycle among the batch's BOMs): each gets its rejection as its result.
     */
    @Transactional
    void rejectTogether(UUID batchId, String kind) {
        InboundBatch batch = batches.lock(batchId);
        Optional<SourceRecords> domain = domains.of(kind);
        if (batch.isDone() || domain.isEmpty()) {
            return;
        }
        // one kind's records of one batch, read whole: a rule over all of them (a cycle) needs them all at once
        List<StagedRecord> all = batches.unprocessed(batchId, List.of(kind), 0, Integer.MAX_VALUE);
        Map<Integer, SourceRecords.Rejection> rejected = domain.get().rejectTogether(
                all.stream().map(r -> new SourceRecords.Staged(r.seq(), parse(r.document()))).toList());
        List<RecordResult> results = new ArrayList<>();
        rejected.forEach((seq, why) -> results.add(new RecordResult(seq, kind, why.sourceKey(), why.revision(),
                RecordOutcome.REJECTED, null, why.errors())));
        results.sort(Comparator.comparingInt(RecordResult::seq));
        batches.record(batchId, results);
    }

    private static void join(ChangeRequest cr, Intake intake, Instant now) {
        if (intake.proposedDocument() != null) {
            cr.proposeChange(intake.record(), intake.proposedDocument(), now);
        } else if (cr.entryFor(intake.record()).isEmpty()) {
            cr.addNewRecord(intake.record(), now);
        }
    }

    private Optional<String> pendingElsewhere(RecordRef record, Optional<UUID> own) {
        return changeRequests.pendingFor(record).stream()
                .filter(other -> !own.equals(Optional.of(other.id()))).findFirst()
                .map(other -> "is in change request " + other.id() + " (" + other.status()
                        + "); send it again once that request is decided");
    }

    private static JsonNode parse(String document) {
        try {
            return Json.mapper().readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a staged record is not JSON", e);
        }
    }
}
