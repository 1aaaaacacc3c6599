package org.mdmhub.mdm.inbound.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.mdmhub.mdm.platform.problem.FieldError;

/**
 * How a spooled batch body is read: its header, then each record at its position. A JSON or JSON-lines batch
 * ({@link #of(BatchFormat)}) and a steward's CSV file ({@code inbound.csv}) are two readers of the one reception,
 * so keys, staging, chunks and results are the same for both. It is read twice (to check, then to stage) and must
 * hand over the same records both times.
 */
public interface BatchContent {

    /** Reads the whole body; a body that cannot be read as a batch is refused as a whole (an {@code MdmException}). */
    BatchHeader read(Path file, Records records);

    /** Receives what the reader finds, in increasing position. */
    interface Records {
        /** A record to stage; {@code seq} is its 1-based position (unique in the batch, increasing). */
        void record(int seq, String kind, JsonNode document);

        /**
         * A record the reader could not turn into a document (a CSV row with too few values, a number that is not
         * one): its result is rejected with these errors, and it is never staged.
         */
        void unreadable(int seq, String kind, String sourceKey, String revision, List<FieldError> errors);
    }

    /** A batch as {@code POST /inbound/batches} takes it: records numbered in the order they come. */
    static BatchContent of(BatchFormat format) {
        return (file, records) -> {
            int[] seq = {0};
            return BatchReader.read(file, format, (kind, document) -> records.record(++seq[0], kind, document));
        };
    }
}
