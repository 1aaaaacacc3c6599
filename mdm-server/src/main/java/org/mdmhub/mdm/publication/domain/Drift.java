package org.mdmhub.mdm.publication.domain;

import java.util.UUID;

/**
 * One difference between what a target holds and the released golden record.
 *
 * @param recordId the golden id (for UNEXPECTED: the id named by the target's external id)
 * @param kind     missing at the target, different there, or there without a released record behind it
 * @param field    for STALE: the target's field that differs (e.g. {@code name}); else null
 * @param expected for STALE: the value the hub would send
 * @param actual   for STALE: the value the target holds
 */
public record Drift(UUID recordId, Kind kind, String field, String expected, String actual) {

    public enum Kind { MISSING, STALE, UNEXPECTED }
}
