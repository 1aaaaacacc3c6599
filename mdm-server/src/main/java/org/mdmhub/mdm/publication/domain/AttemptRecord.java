package org.mdmhub.mdm.publication.domain;

import java.time.Instant;

/**
 * The outcome of one attempt, to be written to the delivery and its log.
 *
 * @param status        the delivery's new status: DELIVERED, PENDING (retry at {@code nextAttemptAt}) or DEAD
 * @param outcome       the attempt's outcome as logged: DELIVERED, RETRY, PERMANENT or DEAD (out of attempts)
 * @param nextAttemptAt for a retry, when; else null
 */
public record AttemptRecord(long deliveryId, int attempt, Instant startedAt, long latencyMillis,
                            DeliveryStatus status, String outcome, String error, Instant nextAttemptAt) {
}
