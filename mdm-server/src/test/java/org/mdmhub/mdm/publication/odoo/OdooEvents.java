package org.mdmhub.mdm.publication.odoo;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.publication.domain.EventType;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;

/**
 * Release events as the outbox would hand them to the Odoo target, with documents in the shape of
 * schemas/v1; it remembers the items it made so BOMs can name them ({@link #itemKeys()}).
 */
final class OdooEvents {
    private final AtomicLong sequence = new AtomicLong();
    private final Map<ItemNumberRevision, UUID> items = new HashMap<>();

    ItemKeys itemKeys() {
        return numbers -> {
            Map<ItemNumberRevision, UUID> found = new HashMap<>();
            items.forEach((key, id) -> {
                if (numbers.contains(key.itemNumber())) {
                    found.put(key, id);
                }
            });
            return found;
        };
    }

    UUID itemId(String number, String revision) {
        return items.computeIfAbsent(new ItemNumberRevision(number, revision), k -> UUID.randomUUID());
    }

    ReleaseEvent item(String number, String revision, String name, LifecycleState state, String extra) {
        String document = """
                {"itemNumber":"%s","revision":"%s","name":"%s","type":"component","baseUnit":"C62"%s}"""
                .formatted(number, revision, name, extra.isEmpty() ? "" : "," + extra);
        return event(RecordType.ITEM, itemId(number, revision), number + "/" + revision, state, document, Set.of());
    }

    ReleaseEvent item(String number, String name) {
        return item(number, "A", name, LifecycleState.RELEASED, "");
    }

    /** A BOM of parent/A with lines {component number, line id, quantity} pinned to revision A. */
    ReleaseEvent bom(UUID bomId, String parent, LifecycleState state, Object[]... lines) {
        StringBuilder json = new StringBuilder();
        Set<UUID> requires = new java.util.HashSet<>();
        int position = 10;
        for (Object[] line : lines) {
            json.append(json.isEmpty() ? "" : ",").append("""
                    {"id":"%s","position":%d,"component":{"itemNumber":"%s","revision":"A"},"quantity":%s,"unit":"C62"}"""
                    .formatted(line[1], position, line[0], line[2]));
            requires.add(itemId((String) line[0], "A"));
            position += 10;
        }
        String document = """
                {"parent":{"itemNumber":"%s","revision":"A"},"bomRevision":"A",
                 "producedQuantity":{"value":1,"unit":"C62"},"type":"manufacture","lines":[%s]}"""
                .formatted(parent, json);
        return event(RecordType.BOM, bomId, parent + "/A", state, document, requires);
    }

    static Object[] line(String component, UUID lineId, String quantity) {
        return new Object[] {component, lineId, quantity};
    }

    ReleaseEvent supplier(UUID id, String number, LifecycleState state, String iban) {
        String document = """
                {"supplierNumber":"%s","legalName":"Supplier %s GmbH","vatId":"DE136695976","country":"DE","currency":"EUR",
                 "addresses":[{"id":"%s","type":"legal","street":"Hauptstr. 1","postalCode":"10115","city":"Berlin","country":"DE"}],
                 "contacts":[{"id":"%s","name":"Anna","email":"anna@example.com","phone":"+49 30 123456"}],
                 "bankAccounts":[{"id":"%s","iban":"%s","accountHolder":"Supplier %s GmbH"}]}"""
                .formatted(number, number, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), iban, number);
        return event(RecordType.SUPPLIER, id, number, state, document, Set.of());
    }

    ReleaseEvent customer(UUID id, String number, LifecycleState state) {
        String document = """
                {"customerNumber":"%s","legalName":"Customer %s SA","country":"FR","creditStatus":"ok"}"""
                .formatted(number, number);
        return event(RecordType.CUSTOMER, id, number, state, document, Set.of());
    }

    ReleaseEvent event(RecordType domain, UUID id, String key, LifecycleState state, String document, Set<UUID> requires) {
        EventType type = state == LifecycleState.RELEASED ? EventType.RELEASED : EventType.valueOf(state.name());
        return new ReleaseEvent(sequence.incrementAndGet(), UUID.randomUUID(), domain, id, key, 1, state, type,
                Instant.now(), document, requires);
    }
}
