package org.mdmhub.mdm.inbound.domain;

/**
 * What a batch did with one record: a new draft, a draft revised or a change proposed for a released record, the
 * same content as the hub already holds (no new version), or refused with field errors (nothing of it stored).
 */
public enum RecordOutcome { CREATED, CHANGED, UNCHANGED, REJECTED }
