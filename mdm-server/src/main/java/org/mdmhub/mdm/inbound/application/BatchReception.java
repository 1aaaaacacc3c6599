package org.mdmhub.mdm.inbound.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.mdmhub.mdm.inbound.domain.InboundBatch;
import org.mdmhub.mdm.inbound.domain.InboundBatches;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;
import org.mdmhub.mdm.security.CurrentUser;

/**
 * Receives a batch from a source system. The body is spooled to disk and read twice (to check it, then to stage
 * it); the batch key decides what happens:
 * <ul>
 *   <li>a new key: the batch is staged and processed;</li>
 *   <li>a key sent before with the same bytes: the batch as it stands — completed first, if a crash interrupted it,
 *       resumed if it failed;</li>
 *   <li>a key sent before with other bytes: 409, and nothing changes.</li>
 * </ul>
 * A batch of at most {@link InboundSettings#answersAtOnce a thousand records} is processed before the answer; a larger
 * one, or any one whose sender prefers it, is handed to {@link BackgroundBatches} and answered while it is processed
 * (the caller shows it as 202 with its status).
 * Not a transaction itself: staging, each chunk and the completion are transactions of their own.
 */
@ApplicationScoped
public class BatchReception {
    /** The largest batch body taken (it is spooled to disk, not held in memory). */
    public static final long MAX_BYTES = 2L * 1024 * 1024 * 1024;
    /** The most records one batch carries: one change request holds at most this many. */
    public static final int MAX_RECORDS = org.mdmhub.mdm.lifecycle.domain.ChangeRequest.MAX_ENTRIES;

    @Inject InboundBatches batches;
    @Inject BatchStaging staging;
    @Inject BatchProcessing processing;
    @Inject SourceDomains domains;
    @Inject CurrentUser user;
    @Inject InboundSettings settings;
    @Inject BackgroundBatches background;

    /**
     * @param onlySystem when present, the one source system the caller may send for (the PLM service account's);
     *                   a batch of another system is refused with 403
     */
    public Received receive(InputStream body, BatchFormat format, Optional<String> onlySystem, Answer answer) {
        return receive(body, BatchContent.of(format), onlySystem, answer);
    }

    /** A batch read by {@code content} (e.g. a steward's CSV file), received as any other. */
    public Received receive(InputStream body, BatchContent content, Optional<String> onlySystem, Answer answer) {
        try (SpooledBody spooled = SpooledBody.of(body, MAX_BYTES)) {
            int[] count = {0};
            BatchHeader header = content.read(spooled.file(), new BatchContent.Records() {
                @Override
                public void record(int seq, String kind, JsonNode document) {
                    counted(kind);
                }

                @Override
                public void unreadable(int seq, String kind, String sourceKey, String revision, List<FieldError> errors) {
                    counted(kind);
                }

                private void counted(String kind) {
                    if (domains.of(kind).isEmpty()) {
                        throw MdmException.validation(List.of(new FieldError(kind, "records of this kind cannot come in batches yet")));
                    }
                    count[0]++;
                }
            });
            onlySystem.filter(system -> !system.equals(header.sourceSystem())).ifPresent(system -> {
                throw new MdmException(ProblemType.FORBIDDEN, "This account sends batches of source system " + system
                        + " only, not " + header.sourceSystem());
            });
            if (count[0] > MAX_RECORDS) {
                throw MdmException.validation(List.of(new FieldError("records", "a batch carries at most " + MAX_RECORDS
                        + " records (this one " + count[0] + "); send it as several batches")));
            }
            InboundBatch batch = batches.byKey(header.sourceSystem(), header.batchKey())
                    .orElseGet(() -> staging.stage(header, spooled, content, count[0], user.name()));
            if (!batch.contentSha256().equals(spooled.sha256())) {
                throw new MdmException(ProblemType.CONFLICT, "Batch " + header.batchKey() + " of " + header.sourceSystem()
                        + " was received at " + batch.receivedAt() + " with other content; a batch key names one content:"
                        + " send new content under a new key");
            }
            if (batch.isFailed()) {
                batches.resume(batch.id());
            }
            boolean inBackground = false;
            if (!batch.isDone()) {
                if (answer == Answer.WHEN_DONE_IF_SMALL && settings.answersAtOnce(batch.recordCount())) {
                    processing.complete(batch.id());
                } else {
                    background.process(batch.id());
                    inBackground = true;
                }
            }
            return new Received(batches.byId(batch.id()).orElseThrow(), inBackground);
        }
    }

    /**
     * A batch as it stands after it was received.
     *
     * @param inBackground it is being processed in the background (it may be done by now all the same)
     */
    public record Received(InboundBatch batch, boolean inBackground) {
    }

    /** When the sender wants its answer. */
    public enum Answer {
        /** once the batch is processed if it is small, else at once (the batch is then processed in the background) */
        WHEN_DONE_IF_SMALL,
        /** at once, whatever the size (RFC 7240 {@code Prefer: respond-async}) */
        AT_ONCE
    }
}
