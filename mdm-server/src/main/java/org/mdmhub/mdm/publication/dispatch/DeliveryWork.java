package org.mdmhub.mdm.publication.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mdmhub.mdm.publication.application.Targets;
import org.mdmhub.mdm.publication.domain.AttemptRecord;
import org.mdmhub.mdm.publication.domain.ClaimedDelivery;
import org.mdmhub.mdm.publication.domain.DeliveryQueue;
import org.mdmhub.mdm.publication.domain.DeliveryStatus;
import org.mdmhub.mdm.publication.domain.Subscriptions;

/**
 * The dispatcher's database steps, each its own short transaction: nothing is held open while a target is
 * being called.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DeliveryWork {
    @Inject DeliveryQueue queue;
    @Inject Subscriptions subscriptions;
    @Inject Targets targets;

    public List<ClaimedDelivery> claim(String node, int limit, Duration lease) {
        return queue.claim(node, limit, lease);
    }

    public void complete(String node, List<AttemptRecord> outcomes) {
        queue.complete(node, outcomes);
    }

    public boolean takenOverIdentifierIsBeingFreed(long deliveryId) {
        return queue.takenOverIdentifierIsBeingFreed(deliveryId);
    }

    public int requeueClaimsOf(String node) {
        return queue.requeueClaimsOf(node);
    }

    /** Keeps this node's claims from running out while it is still sending them. */
    public int renewClaimsOf(String node, Duration lease) {
        return queue.renewClaimsOf(node, lease);
    }

    /** Housekeeping any node may do: take back expired claims, give committed events their feed position. */
    public void maintain() {
        queue.requeueExpired();
        queue.sequenceFeed(10_000);
    }

    public Map<DeliveryStatus, Long> openCounts() {
        return queue.openCounts();
    }

    public Optional<Route> route(UUID subscriptionId) {
        return subscriptions.byId(subscriptionId).map(s -> new Route(targets.settings(s), s.retry(), s.includeSensitive()));
    }
}
