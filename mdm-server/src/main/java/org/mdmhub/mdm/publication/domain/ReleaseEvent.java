package org.mdmhub.mdm.publication.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.lifecycle.domain.RecordType;

/**
 * One entry of the outbox, as targets receive it: a full snapshot of a released record at one version, so a
 * target that applies it twice, or applies only the newest, ends in the same state.
 *
 * @param sequence      position in the outbox (increasing; per record in the order the changes happened)
 * @param eventId       unique id of the event; the CloudEvents {@code id}, AMQP message id, idempotency key
 * @param domain        item, BOM, supplier or customer
 * @param recordId      the golden id
 * @param businessKey   e.g. "100-200/A" for an item, for people reading logs
 * @param recordVersion the record's version number at this event
 * @param state         RELEASED, BLOCKED, OBSOLETE or SUPERSEDED
 * @param type          what happened
 * @param occurredAt    commit time of the change (close to it: the time the outbox row was written)
 * @param document      the record per its JSON Schema ({@code schemas/v1/<domain>.schema.json}); sensitive
 *                      fields already masked when the subscription may not see them
 * @param requires      golden ids of items that must be delivered before this record (a BOM's components,
 *                      floating lines resolved to the revision released when the BOM was published)
 */
public record ReleaseEvent(
        long sequence,
        UUID eventId,
        RecordType domain,
        UUID recordId,
        String businessKey,
        int recordVersion,
        LifecycleState state,
        EventType type,
        Instant occurredAt,
        String document,
        Set<UUID> requires) {

    public ReleaseEvent {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(domain);
        Objects.requireNonNull(recordId);
        Objects.requireNonNull(state);
        Objects.requireNonNull(type);
        Objects.requireNonNull(document);
        requires = requires == null ? Set.of() : Set.copyOf(requires);
    }

    /** The same event with another rendering of its document (e.g. sensitive fields masked). */
    public ReleaseEvent withDocument(String shown) {
        return shown.equals(document) ? this : new ReleaseEvent(sequence, eventId, domain, recordId, businessKey,
                recordVersion, state, type, occurredAt, shown, requires);
    }

    /** The external id the record has at targets that key by one, e.g. Odoo's {@code mdm.item_<golden id>}. */
    public String externalName() {
        return domain.name().toLowerCase() + "_" + recordId;
    }
}
