package org.mdmhub.mdm.publication.api;

import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of one event of the release feed, for the API contract only: the feed writes the events with
 * {@code CloudEventJson} — the same writer as every push target — and this record says what a client reads.
 */
@Schema(name = "FeedEvent", description = "A CloudEvents 1.0 event in structured JSON, as every target receives it;"
        + " see docs/publication.md for the meaning of mdmsequence, mdmversion and time.")
public record FeedEventView(
        @Schema(required = true, enumeration = "1.0") String specversion,
        @Schema(required = true, description = "unique per event; the same on every re-delivery") UUID id,
        @Schema(required = true, example = "urn:mdmhub:item") String source,
        @Schema(required = true, example = "org.mdmhub.item.released") String type,
        @Schema(required = true, description = "the golden id of the record") UUID subject,
        @Schema(format = "date-time", description = "when the hub wrote the event, in the transaction of the change just before its commit; UTC, 0-6 fractional digits") String time,
        @Schema(enumeration = "application/json") String datacontenttype,
        @Schema(format = "uri", example = "https://mdmhub.org/schemas/v1/item.schema.json") String dataschema,
        @Schema(required = true, pattern = "^[0-9]+$", description = "the outbox sequence, as a decimal string; increases with every event")
        String mdmsequence,
        @Schema(required = true, description = "the record's version; status events (blocked, unblocked, obsolete, superseded) keep the version they are about") int mdmversion,
        @Schema(required = true, example = "RELEASED") String mdmstate,
        @Schema(example = "100-200/A") String mdmbusinesskey,
        @Schema(required = true, description = "the record, in the shape of its schema (dataschema)") Map<String, Object> data) {
}
