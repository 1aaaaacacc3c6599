package org.mdmhub.mdm.publication.domain;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The deliveries as a work queue shared by every node. Claims are exclusive ({@code FOR UPDATE SKIP LOCKED}
 * under a lease), so nodes never send the same delivery at the same time, and a node that dies mid-send loses
 * its claims when the lease runs out.
 */
public interface DeliveryQueue {

    /**
     * Claims up to {@code limit} deliveries that are due, oldest first. A delivery is due when its retry time has
     * come, no earlier delivery of the same record to the same subscription is still pending or in flight (order
     * per record), every record it requires was delivered to that subscription, and no open delivery of another
     * record to that subscription gives up an identifier it takes ({@link TargetIdentifiers}).
     */
    List<ClaimedDelivery> claim(String node, int limit, Duration lease);

    /** Writes the outcomes of claimed deliveries and logs the attempts; ignores claims this node no longer holds. */
    void complete(String node, List<AttemptRecord> outcomes);

    /**
     * Whether an open delivery of the same subscription gives up an identifier this delivery takes: then a
     * refusal because the target still sees that identifier held will pass once that delivery arrives.
     */
    boolean takenOverIdentifierIsBeingFreed(long deliveryId);

    /** Puts deliveries whose lease ran out back in the queue (their node died or hung); returns how many. */
    int requeueExpired();

    /** Puts every delivery claimed by {@code node} back: called when that node starts again after a crash. */
    int requeueClaimsOf(String node);

    /**
     * Extends the lease of every claim {@code node} still holds to {@code lease} from now: a live node keeps what
     * it is sending, however slow the target, and only a dead or hung node's claims run out. A claim whose lease
     * ended but that no node has taken back yet is still renewed. Returns how many.
     */
    int renewClaimsOf(String node, Duration lease);

    /** How many deliveries are pending, in flight and dead (delivered ones are not counted). */
    Map<DeliveryStatus, Long> openCounts();

    /** Gives committed events their feed positions, in commit order; returns how many got one. */
    int sequenceFeed(int max);
}
