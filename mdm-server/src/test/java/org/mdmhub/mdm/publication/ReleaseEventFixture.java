package org.mdmhub.mdm.publication;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.publication.domain.EventType;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;

/** Builds release events for adapter tests: a valid item or supplier document, fresh ids, increasing sequence. */
public final class ReleaseEventFixture {

    private static final AtomicLong SEQUENCE = new AtomicLong(1_000);

    /** A weight of 1.50 on purpose: the trailing zero must survive the trip. */
    public static final String ITEM_DOCUMENT = """
            {"itemNumber":"100-200","revision":"A","name":"Hex bolt M8 x 40","type":"component",\
            "baseUnit":"C62","makeOrBuy":"buy","weight":{"value":1.50,"unit":"KGM"}}""";
    public static final String SUPPLIER_DOCUMENT = """
            {"supplierNumber":"S-4711","legalName":"Schrauben Müller GmbH","country":"DE","currency":"EUR"}""";

    private RecordType domain = RecordType.ITEM;
    private UUID recordId = UUID.randomUUID();
    private String businessKey = "100-200/A";
    private int version = 1;
    private LifecycleState state = LifecycleState.RELEASED;
    private EventType type = EventType.RELEASED;
    private Instant occurredAt = Instant.parse("2026-03-14T09:26:53.589Z");
    private String document = ITEM_DOCUMENT;
    private long sequence = SEQUENCE.incrementAndGet();

    public static ReleaseEventFixture item() {
        return new ReleaseEventFixture();
    }

    public static ReleaseEventFixture supplier() {
        return new ReleaseEventFixture().domain(RecordType.SUPPLIER).businessKey("S-4711").document(SUPPLIER_DOCUMENT);
    }

    public ReleaseEventFixture domain(RecordType value) { domain = value; return this; }
    public ReleaseEventFixture recordId(UUID value) { recordId = value; return this; }
    public ReleaseEventFixture businessKey(String value) { businessKey = value; return this; }
    public ReleaseEventFixture version(int value) { version = value; return this; }
    public ReleaseEventFixture sequence(long value) { sequence = value; return this; }
    public ReleaseEventFixture occurredAt(Instant value) { occurredAt = value; return this; }
    public ReleaseEventFixture document(String value) { document = value; return this; }

    /** A blocked record: state and event type together, as the outbox writes them. */
    public ReleaseEventFixture blocked() {
        state = LifecycleState.BLOCKED;
        type = EventType.BLOCKED;
        return this;
    }

    public ReleaseEvent build() {
        return new ReleaseEvent(sequence, UUID.randomUUID(), domain, recordId, businessKey, version, state, type,
                occurredAt, document, Set.of());
    }
}
