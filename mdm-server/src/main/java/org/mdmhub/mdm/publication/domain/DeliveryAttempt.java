package org.mdmhub.mdm.publication.domain;

import java.time.Instant;

/** One logged attempt of a delivery. {@code outcome}: DELIVERED, RETRY, PERMANENT, DEAD or ABANDONED (node lost). */
public record DeliveryAttempt(int attempt, Instant startedAt, long latencyMillis, String outcome, String error, String node) {
}
