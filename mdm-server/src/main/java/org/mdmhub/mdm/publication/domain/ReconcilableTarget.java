package org.mdmhub.mdm.publication.domain;

import java.util.List;

/**
 * A target that can be read back (Odoo), so the hub can tell what drifted there. Webhooks and brokers cannot.
 */
public interface ReconcilableTarget extends DeliveryTarget {

    /**
     * Compares the target with the records it should hold.
     *
     * @param expected the newest event of every record the subscription covers (what the target should hold)
     * @param known    external names ({@link ReleaseEvent#externalName()}) of every record ever delivered to
     *                 this subscription: those not in {@code expected} that the target still holds as live
     *                 records are reported UNEXPECTED
     */
    List<Drift> compare(TargetSettings target, List<ReleaseEvent> expected, List<String> known);
}
