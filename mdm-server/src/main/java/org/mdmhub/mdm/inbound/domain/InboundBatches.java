package org.mdmhub.mdm.inbound.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where batches, their staged records and their results are kept. */
public interface InboundBatches {

    Optional<InboundBatch> byKey(String sourceSystem, String batchKey);

    Optional<InboundBatch> byId(UUID id);

    /**
     * Adds a new batch; empty when another request took the same source system and key first (the caller then
     * reads that batch).
     */
    boolean addIfAbsent(InboundBatch batch);

    /** Locks the batch row for the current transaction, so chunks of one batch are processed one at a time. */
    InboundBatch lock(UUID id);

    void stage(UUID batchId, List<StagedRecord> records);

    /**
     * Staged records of these kinds without a result yet, in batch order, from position {@code afterSeq} on (0: from
     * the start): a caller that takes chunks in order passes the last position it took, so each chunk is found by the
     * primary key instead of by looking past every record already processed.
     */
    List<StagedRecord> unprocessed(UUID batchId, List<String> kinds, int afterSeq, int limit);

    /** Stores results and adds them to the batch's counts. */
    void record(UUID batchId, List<RecordResult> results);

    void linkChangeRequest(UUID batchId, UUID changeRequestId);

    /** Marks a failed batch as being processed again (its staged records and results so far are kept). */
    void resume(UUID batchId);

    /** Marks the batch failed, with why; its staged records stay, so it can be resumed. */
    void fail(UUID batchId, String reason);

    /**
     * Batches being processed that have made no progress for at least {@code idleFor} by the database's clock (a
     * batch being worked on stamps each chunk), oldest first: their worker may have died.
     */
    List<UUID> idle(java.time.Duration idleFor);

    /** Marks the batch done and drops its staged records (the results stay). */
    void finish(UUID batchId, java.time.Instant at);

    List<RecordResult> results(UUID batchId, int offset, int limit);
}
