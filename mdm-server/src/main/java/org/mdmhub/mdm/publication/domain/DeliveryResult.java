package org.mdmhub.mdm.publication.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * What became of one event sent to a target.
 *
 * @param eventId the event
 * @param outcome delivered, worth retrying, or refused for good
 * @param detail  the target's own words on a failure (Odoo's message, HTTP status and body start); on success
 *                an optional note such as the target's record id; never a secret
 */
public record DeliveryResult(UUID eventId, Outcome outcome, String detail) {

    public enum Outcome {
        DELIVERED,
        /** The target is unreachable, overloaded or busy (connection, timeout, 5xx, lock): try again later. */
        RETRY,
        /** The target refused the content (validation, access, 4xx): retrying will not help; dead-letter it. */
        PERMANENT,
        /**
         * The target refused it because an identifier it takes (a barcode) is still held there by another
         * record: retried while an open delivery gives that identifier up ({@link TargetIdentifiers}), else
         * dead-lettered like PERMANENT.
         */
        IDENTIFIER_HELD
    }

    public DeliveryResult {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(outcome);
    }

    public static DeliveryResult delivered(ReleaseEvent event) {
        return new DeliveryResult(event.eventId(), Outcome.DELIVERED, null);
    }

    public static DeliveryResult retry(ReleaseEvent event, String detail) {
        return new DeliveryResult(event.eventId(), Outcome.RETRY, detail);
    }

    public static DeliveryResult identifierHeld(ReleaseEvent event, String detail) {
        return new DeliveryResult(event.eventId(), Outcome.IDENTIFIER_HELD, detail);
    }

    public static DeliveryResult permanent(ReleaseEvent event, String detail) {
        return new DeliveryResult(event.eventId(), Outcome.PERMANENT, detail);
    }
}
