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
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.publication.domain.DeliveryResult;
import org.mdmhub.mdm.publication.domain.DeliveryResult.Outcome;
import org.mdmhub.mdm.publication.domain.Drift;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;

/**
 * Odoo's decimal precisions: what Odoo would round is sent in a unit that keeps it, or refused with the
 * reason; never silently rounded. Against the double, which rounds per precision as Odoo does.
 */
class OdooPrecisionTest {

    private static OdooDouble odoo;
    private final InMemoryOdooKeyMap keyMap = new InMemoryOdooKeyMap();
    private final OdooEvents events = new OdooEvents();
    private OdooTarget target;

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
    }

    private List<DeliveryResult> send(ReleaseEvent... batch) {
        return target.send(settings(), List.of(batch));
    }

    static org.mdmhub.mdm.publication.domain.TargetSettings settings() {
        return new org.mdmhub.mdm.publication.domain.TargetSettings(UUID.fromString("00000000-0000-0000-0000-00000000000b"),
                "odoo", org.mdmhub.mdm.publication.domain.TargetType.ODOO, Map.of("url", odoo.url().toString(),
                "database", OdooDouble.DATABASE, "login", OdooDouble.LOGIN), Map.of(), OdooDouble.PASSWORD);
    }

    private ReleaseEvent weighing(String number, String grams) {
        return events.item(number, "A", "Washer", LifecycleState.RELEASED,
                "\"weight\":{\"value\":" + grams + ",\"unit\":\"GRM\"}");
    }

    @Test
    void aWeightOdooWouldRoundIsRefusedWithTheReasonAndNothingIsWritten() {
        DeliveryResult result = send(weighing("W-14", "14")).get(0);

        assertEquals(Outcome.PERMANENT, result.outcome(), result.detail());
        assertTrue(result.detail().contains("weight 0.014 kg needs 3 decimals"), result.detail());
        assertTrue(result.detail().contains("'Stock Weight'"), result.detail());
        assertEquals(0, odoo.count("product.template"));
    }

    @Test
    void withTheWeightPrecisionRaisedInOdooTheSameWeightArrivesExactly() {
        odoo.precision("Stock Weight", 3);
        ReleaseEvent washer = weighing("W-14", "14");

        assertEquals(Outcome.DELIVERED, send(washer).get(0).outcome());
        assertEquals(0.014, (Double) odoo.byExternalId("mdm." + washer.externalName()).orElseThrow().get("weight"), 1e-12);
    }

    @Test
    void theDoubleRoundsAsOdooDoesWhenAValueIsWrittenPastItsPrecision() {
        assertEquals(Outcome.DELIVERED, send(weighing("W-1", "1250")).get(0).outcome());
        long id = (Long) odoo.byExternalId("mdm." + events.item("W-1", "x").externalName()).orElseThrow().get("id");
        odoo.edit("product.template", id, Map.of("weight", 0.014));
        assertEquals(0.01, (Double) odoo.record("product.template", id).orElseThrow().get("weight"), 1e-12);
    }

    @Test
    void aLineQuantityOdooWouldRoundTravelsInAFinerUnitOfTheSameCategory() {
        ReleaseEvent parent = events.item("P-1", "Frame");
        ReleaseEvent glue = kilogramItem("G-1");
        assertTrue(send(parent, glue).stream().allMatch(r -> r.outcome() == Outcome.DELIVERED));
        UUID lineId = UUID.randomUUID();
        ReleaseEvent bom = kgBom("P-1", "G-1", lineId, "0.0005");

        DeliveryResult result = send(bom).get(0);

        assertEquals(Outcome.DELIVERED, result.outcome(), result.detail());
        Map<String, Object> line = odoo.byExternalId("mdm.bomline_" + lineId).orElseThrow();
        assertEquals(0.5, (Double) line.get("product_qty"), 1e-12);
        assertEquals(odoo.byExternalId("uom.product_uom_gram").orElseThrow().get("id"), line.get("product_uom_id"));
    }

    @Test
    void aLineQuantityNoMappedUnitKeepsIsRefusedWithTheReason() {
        ReleaseEvent parent = events.item("P-2", "Frame");
        ReleaseEvent screw = events.item("S-2", "Screw");
        assertTrue(send(parent, screw).stream().allMatch(r -> r.outcome() == Outcome.DELIVERED));

        DeliveryResult result = send(events.bom(UUID.randomUUID(), "P-2", LifecycleState.RELEASED,
                line("S-2", UUID.randomUUID(), "0.333"))).get(0);

        assertEquals(Outcome.PERMANENT, result.outcome(), result.detail());
        assertTrue(result.detail().contains("0.333 C62 needs 3 decimals"), result.detail());
        assertTrue(result.detail().contains("'Product Unit of Measure'"), result.detail());
        assertEquals(0, odoo.count("mrp.bom"));
    }

    @Test
    void thePrecisionsAreReadOncePerLoginNotPerBatch() {
        odoo.resetCounters();
        send(events.item("R-1", "One"));
        send(events.item("R-2", "Two"));
        send(events.item("R-3", "Three"));

        assertEquals(1, odoo.calls("decimal.precision", "search_read"));
    }

    @Test
    void reconciliationComparesWeightsAndLineQuantitiesAndRepairRestoresThem() {
        ReleaseEvent parent = events.item("P-3", "A", "Frame", LifecycleState.RELEASED, "\"weight\":{\"value\":2.5,\"unit\":\"KGM\"}");
        ReleaseEvent glue = kilogramItem("G-3");
        UUID lineId = UUID.randomUUID();
        ReleaseEvent bom = kgBom("P-3", "G-3", lineId, "0.0005");
        assertTrue(send(parent, glue).stream().allMatch(r -> r.outcome() == Outcome.DELIVERED));
        assertEquals(Outcome.DELIVERED, send(bom).get(0).outcome());
        var settings = settings();
        assertEquals(List.of(), target.compare(settings, List.of(parent, glue, bom), List.of()), "in step after delivery");

        long template = (Long) odoo.byExternalId("mdm." + parent.externalName()).orElseThrow().get("id");
        long line = (Long) odoo.byExternalId("mdm.bomline_" + lineId).orElseThrow().get("id");
        odoo.edit("product.template", template, Map.of("weight", 2.0));
        odoo.edit("mrp.bom.line", line, Map.of("product_qty", 5.0));

        List<Drift> drifts = target.compare(settings, List.of(parent, glue, bom), List.of());
        assertEquals(List.of("weight", "bom_line_ids[10].product_qty"), drifts.stream().map(Drift::field).toList(),
                drifts.toString());
        assertEquals("2.5", drifts.get(0).expected());

        send(parent, bom); // the repair is a re-publish
        assertEquals(List.of(), target.compare(settings, List.of(parent, glue, bom), List.of()));
    }

    /** A raw material stocked in kilograms. */
    private ReleaseEvent kilogramItem(String number) {
        return events.event(RecordType.ITEM, events.itemId(number, "A"), number + "/A", LifecycleState.RELEASED, """
                {"itemNumber":"%s","revision":"A","name":"Glue","type":"raw","baseUnit":"KGM"}""".formatted(number),
                java.util.Set.of());
    }

    /** A BOM of parent/A with one line of the component in kilograms. */
    private ReleaseEvent kgBom(String parent, String component, UUID lineId, String kilograms) {
        String document = """
                {"parent":{"itemNumber":"%s","revision":"A"},"bomRevision":"A",
                 "producedQuantity":{"value":1,"unit":"C62"},"type":"manufacture",
                 "lines":[{"id":"%s","position":10,"component":{"itemNumber":"%s","revision":"A"},"quantity":%s,"unit":"KGM"}]}"""
                .formatted(parent, lineId, component, kilograms);
        return events.event(RecordType.BOM, UUID.randomUUID(), parent + "/A", LifecycleState.RELEASED, document,
                java.util.Set.of(events.itemId(component, "A")));
    }
}
