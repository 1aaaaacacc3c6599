package org.mdmhub.mdm.audit;

import java.time.Instant;

/** Who changed a record, when, and why. */
public record Revision(long number, Instant at, String author, String reason) {
}
