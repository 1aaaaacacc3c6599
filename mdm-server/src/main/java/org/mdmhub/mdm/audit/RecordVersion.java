package org.mdmhub.mdm.audit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One saved version of a golden record as readers see it: the record's version number and lifecycle
 * state, the revision that saved it, and the record's published document (already masked for the reader).
 */
public record RecordVersion(int version, String state, Revision revision, RevisionKind kind, JsonNode document) {
}
