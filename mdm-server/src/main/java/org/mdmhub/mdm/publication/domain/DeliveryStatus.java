package org.mdmhub.mdm.publication.domain;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Waiting: for its first attempt, for its retry time, for an earlier event of its record or for its prerequisites. */
    PENDING,
    /** Claimed by one node, which is sending it; the lease expires if that node dies. */
    IN_FLIGHT,
    DELIVERED,
    /** Given up: refused by the target or out of attempts. An admin replays it. */
    DEAD
}
