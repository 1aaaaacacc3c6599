package org.mdmhub.mdm.keys.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The keys of golden records of every domain. */
public interface GoldenKeys {

    /** A record's keys: its source key and every target key stored for it; empty for an unknown golden id. */
    Optional<RecordKeys> of(UUID goldenId);

    /**
     * The records whose source key this is (normally one; more when revisions share a source key).
     *
     * @param revision null: every revision
     */
    List<KeyedRecord> bySource(String system, String key, String revision);

    /** The record an external id names, if it exists (and, with a revision, is at that revision). */
    Optional<KeyedRecord> byExternalId(ExternalId id, String revision);
}
