package org.mdmhub.mdm.inbound.domain;

/**
 * One record of a batch as received, before it is processed.
 *
 * @param seq      its 1-based position in the batch
 * @param kind     item, bom, supplier or customer
 * @param document the record's JSON document, as sent
 */
public record StagedRecord(int seq, String kind, String document) {
}
