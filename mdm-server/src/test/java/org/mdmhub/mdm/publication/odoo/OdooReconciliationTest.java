package org.mdmhub.mdm.publication.odoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mdmhub.mdm.publication.odoo.OdooEvents.line;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.publication.domain.Drift;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;
import org.mdmhub.mdm.publication.domain.TargetSettings;

/** Drift between the Odoo double and the released records: missing, stale fields, unexpected. */
class OdooReconciliationTest {

    private static OdooDouble odoo;
    private final InMemoryOdooKeyMap keyMap = new InMemoryOdooKeyMap();
    private final OdooEvents events = new OdooEvents();
    private OdooTarget target;
    private TargetSettings settings;

    @BeforeAll
    static void start() {
        odoo = OdooDouble.start();
    }

    @AfterAll
    static void stop() {
        odoo.close();
    }

    @BeforeEach
    void freshOdoo() {
        odoo.reset();
        target = new OdooTarget(new OdooJsonRpc(), keyMap, events.itemKeys(), java.time.Clock.systemUTC());
        settings = new TargetSettings(UUID.randomUUID(), "odoo", org.mdmhub.mdm.publication.domain.TargetType.ODOO,
                Map.of("url", odoo.url().toString(), "database", OdooDouble.DATABASE, "login", OdooDouble.LOGIN),
                Map.of(), OdooDouble.PASSWORD);
    }

    private List<Drift> compare(List<ReleaseEvent> expected, List<String> known) {
        return target.compare(settings, expected, known);
    }

    @Test
    void whatWasDeliveredHasNoDrift() {
        ReleaseEvent item = events.item("R-1", "A", "Valve", LifecycleState.RELEASED, "\"gtin\":\"4006381333931\"");
        ReleaseEvent component = events.item("R-2", "Seal");
        ReleaseEvent obsolete = events.item("R-3", "A", "Old", LifecycleState.OBSOLETE, "");
        ReleaseEvent supplier = events.supplier(UUID.randomUUID(), "S-9", LifecycleState.RELEASED, "DE89370400440532013000");
        List<ReleaseEvent> all = List.of(item, component, obsolete, supplier);
        target.send(settings, all);
        ReleaseEvent bom = events.bom(UUID.randomUUID(), "R-1", LifecycleState.RELEASED, line("R-2", UUID.randomUUID(), "3"));
        target.send(settings, List.of(bom));

        assertEquals(List.of(), compare(List.of(item, component, obsolete, supplier, bom), List.of()));
        // without a key map the comparison finds records by external id: OdooPublicationIT runs that on the real key map
    }

    @Test
    void fieldsChangedInOdooAreStale() {
        ReleaseEvent item = events.item("R-4", "Valve");
        ReleaseEvent component = events.item("R-5", "Seal");
        target.send(settings, List.of(item, component));
        UUID lineId = UUID.randomUUID();
        ReleaseEvent bom = events.bom(UUID.randomUUID(), "R-4", LifecycleState.RELEASED, line("R-5", lineId, "3"));
        target.send(settings, List.of(bom));
        long template = (Long) odoo.byExternalId("mdm." + item.externalName()).orElseThrow().get("id");
        odoo.edit("product.template", template, Map.of("name", "Valve (edited)", "purchase_ok", false));
        long odooLine = (Long) odoo.byExternalId("mdm.bomline_" + lineId).orElseThrow().get("id");
        odoo.edit("mrp.bom.line", odooLine, Map.of("product_qty", 5.0));

        List<Drift> drifts = compare(List.of(item, component, bom), List.of());
        assertTrue(drifts.contains(new Drift(item.recordId(), Drift.Kind.STALE, "name", "Valve", "Valve (edited)")), drifts.toString());
        assertTrue(drifts.contains(new Drift(item.recordId(), Drift.Kind.STALE, "purchase_ok", "true", "false")), drifts.toString());
        assertTrue(drifts.contains(new Drift(bom.recordId(), Drift.Kind.STALE, "bom_line_ids[10].product_qty", "3", "5")),
                drifts.toString());
        assertEquals(3, drifts.size(), drifts.toString());
    }

    @Test
    void aRecordDeletedInOdooIsMissingAndOneNoLongerCoveredIsUnexpected() {
        ReleaseEvent kept = events.item("R-6", "Kept");
        ReleaseEvent deleted = events.item("R-7", "Deleted");
        ReleaseEvent dropped = events.item("R-8", "No longer in the subscription");
        ReleaseEvent never = events.item("R-9", "Never delivered");
        target.send(settings, List.of(kept, deleted, dropped));
        odoo.delete("product.template", (Long) odoo.byExternalId("mdm." + deleted.externalName()).orElseThrow().get("id"));

        List<Drift> drifts = compare(List.of(kept, deleted, never),
                List.of(kept.externalName(), deleted.externalName(), dropped.externalName()));
        assertEquals(List.of(
                new Drift(deleted.recordId(), Drift.Kind.MISSING, null, null, null),
                new Drift(never.recordId(), Drift.Kind.MISSING, null, null, null),
                new Drift(dropped.recordId(), Drift.Kind.UNEXPECTED, null, null, null)), drifts);
    }

    @Test
    void readsAreBatched() {
        List<ReleaseEvent> items = new java.util.ArrayList<>();
        for (int i = 0; i < 450; i++) {
            items.add(events.item("Q-" + i, "Item " + i));
        }
        target.send(settings, items);
        odoo.resetCounters();
        assertEquals(List.of(), compare(items, List.of()));
        assertEquals(3, odoo.calls("product.template", "read"));
    }
}
