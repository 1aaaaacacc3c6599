package org.mdmhub.mdm.publication.domain;

import java.util.List;
import java.util.Map;
import org.mdmhub.mdm.platform.problem.FieldError;

/**
 * One kind of target (Odoo, webhook, AMQP). The dispatcher hands it a batch of events for one subscription:
 * in outbox order, at most one event per record, and a BOM only once its components were delivered. The
 * adapter sends them as it sees fit (Odoo: one call per model; AMQP: publish all, then wait for confirms) and
 * answers one result per event.
 */
public interface DeliveryTarget {

    TargetType type();

    /**
     * Sends the batch. Must not throw for anything the target does (down, slow, refusing): that is a result.
     *
     * @return one result per event, in any order, every event exactly once
     */
    List<DeliveryResult> send(TargetSettings target, List<ReleaseEvent> events);

    /**
     * What is wrong with a subscription's settings before it is saved (missing URL, unknown mapping kind…),
     * as field errors with paths such as {@code config.url}. Empty when they are fine. Does not connect.
     */
    List<FieldError> check(Map<String, String> config, Map<String, Map<String, String>> mappings, boolean secretSet);
}
