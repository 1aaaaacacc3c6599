package org.mdmhub.mdm.inbound.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A batch as the hub holds it: who sent it under which key, a digest of what was sent (the same key with other
 * content is refused), how many of its records have a result so far and of which outcome, and the one change
 * request its records joined.
 *
 * @param failure why processing stopped, when {@link BatchStatus#FAILED}; null otherwise
 */
public record InboundBatch(UUID id, String sourceSystem, String batchKey, String contentSha256, String title, boolean submit,
                           BatchStatus status, int recordCount, Counts counts, UUID changeRequestId, String receivedBy,
                           Instant receivedAt, Instant finishedAt, String failure) {

    /** Results so far, by outcome. */
    public record Counts(int processed, int created, int changed, int unchanged, int rejected) {
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0);
    }

    public Optional<UUID> changeRequest() {
        return Optional.ofNullable(changeRequestId);
    }

    public boolean isDone() {
        return status == BatchStatus.DONE;
    }

    public boolean isFailed() {
        return status == BatchStatus.FAILED;
    }
}
