package org.mdmhub.mdm.publication.domain;

import java.util.UUID;

/** A delivery one node has claimed and must now send: which subscription, which attempt, which event. */
public record ClaimedDelivery(long deliveryId, UUID subscriptionId, int attempt, ReleaseEvent event) {
}
