package org.mdmhub.mdm.bench;

import java.util.List;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The records the mixed load works on: released items that reads pick from (it grows as approvals release drafts),
 * and a pool of drafts that edits and approvals take one at a time, so no two requests ever race on one record and
 * each If-Match carries the ETag of the last answer.
 */
final class WorkingSet {
    static final String PREFIX = "MIX";

    /** A draft with the ETag its last write answered, and the body that write sent. */
    record Draft(UUID id, BenchItem item, String etag) {
    }

    private final String runId;
    private final long runSecond;
    private final AtomicInteger nextNumber;
    private final AtomicReferenceArray<UUID> released;
    private final AtomicInteger releasedCount = new AtomicInteger();
    private final Queue<Draft> drafts = new ConcurrentLinkedQueue<>();

    /** {@code numbered}: item numbers 0..numbered-1 are taken by the seed; creates go on from there. */
    WorkingSet(String runId, long runSecond, int numbered, int capacity) {
        this.runId = runId;
        this.runSecond = runSecond;
        this.nextNumber = new AtomicInteger(numbered);
        this.released = new AtomicReferenceArray<>(capacity);
    }

    static BenchItem item(String runId, long runSecond, int n) {
        return ApiWorkflow.item(PREFIX, runId, runSecond, n);
    }

    /** The body of the next create: a number and GTIN no other item of the run has. */
    BenchItem nextItem() {
        return item(runId, runSecond, nextNumber.getAndIncrement());
    }

    void addReleased(List<UUID> ids) {
        ids.forEach(this::addReleased);
    }

    void addReleased(UUID id) {
        int index = releasedCount.getAndIncrement();
        if (index < released.length()) {
            released.set(index, id);
        } else {
            releasedCount.decrementAndGet();   // full: the read set simply stops growing
        }
    }

    /** A random released item; a slot counted but not yet written is skipped by looking at the one before. */
    UUID randomReleased(SplittableRandom random) {
        int count = Math.min(releasedCount.get(), released.length());
        for (int index = random.nextInt(count); ; index--) {
            UUID id = released.get(index);
            if (id != null) {
                return id;
            }
        }
    }

    int releasedCount() {
        return Math.min(releasedCount.get(), released.length());
    }

    void putDraft(Draft draft) {
        drafts.add(draft);
    }

    /** A draft no other request holds, or null when all are taken. */
    Draft takeDraft() {
        return drafts.poll();
    }

    int freeDrafts() {
        return drafts.size();
    }
}
