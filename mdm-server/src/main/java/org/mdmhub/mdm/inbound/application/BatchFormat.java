package org.mdmhub.mdm.inbound.application;

/** The two shapes a batch comes in (docs/inbound.md). */
public enum BatchFormat {
    /** One JSON object: the header members and one array per record kind ({@code items}, {@code boms}…). */
    JSON,
    /** JSON lines: the header object first, then one line per record, {@code {"item": {…}}}. */
    NDJSON
}
