package org.mdmhub.mdm.publication.odoo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mdmhub.mdm.publication.domain.DeliveryResult;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;

/**
 * The outcome of every event of one batch, decided at most once each; whatever is still open at the end was
 * not attempted and is retried.
 */
final class Results {
    private final List<ReleaseEvent> events;
    private final Map<UUID, DeliveryResult> decided = new LinkedHashMap<>();

    Results(List<ReleaseEvent> events) {
        this.events = List.copyOf(events);
    }

    boolean isOpen(ReleaseEvent event) {
        return !decided.containsKey(event.eventId());
    }

    void delivered(ReleaseEvent event, String detail) {
        decide(new DeliveryResult(event.eventId(), DeliveryResult.Outcome.DELIVERED, detail));
    }

    void retry(ReleaseEvent event, String detail) {
        decide(DeliveryResult.retry(event, detail));
    }

    void permanent(ReleaseEvent event, String detail) {
        decide(DeliveryResult.permanent(event, detail));
    }

    /** Refused because Odoo sees an identifier it takes (a barcode) still held by another product. */
    void identifierHeld(ReleaseEvent event, String detail) {
        decide(DeliveryResult.identifierHeld(event, detail));
    }

    /** Every open event of these, retried or refused as the exception says. */
    void failed(Collection<ReleaseEvent> batch, OdooException e) {
        batch.stream().filter(this::isOpen).forEach(event -> {
            if (e.retryable()) {
                retry(event, e.detail());
            } else {
                permanent(event, e.detail());
            }
        });
    }

    private void decide(DeliveryResult result) {
        decided.putIfAbsent(result.eventId(), result);
    }

    List<DeliveryResult> all() {
        List<DeliveryResult> results = new ArrayList<>();
        for (ReleaseEvent event : events) {
            results.add(decided.getOrDefault(event.eventId(), DeliveryResult.retry(event, "not attempted")));
        }
        return results;
    }
}
