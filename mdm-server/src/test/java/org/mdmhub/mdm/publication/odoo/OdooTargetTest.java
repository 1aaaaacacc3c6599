package org.mdmhub.mdm.publication.odoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mdmhub.mdm.publication.odoo.OdooEvents.line;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.publication.domain.DeliveryResult;
import org.mdmhub.mdm.publication.domain.DeliveryResult.Outcome;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;
import org.mdmhub.mdm.publication.domain.TargetSettings;
import org.mdmhub.mdm.publication.domain.TargetType;

/** The Odoo target against the Odoo double: what ends up in Odoo, and what each event's outcome is. */
class OdooTargetTest {

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

    static TargetSettings settings(Map<String, String> extra) {
        Map<String, String> config = new java.util.HashMap<>(Map.of("url", odoo.url().toString(),
                "database", OdooDouble.DATABASE, "login", OdooDouble.LOGIN));
        config.putAll(extra);
        return new TargetSettings(UUID.fromString("00000000-0000-0000-0000-00000000000a"), "odoo", TargetType.ODOO,
                config, Map.of(), OdooDouble.PASSWORD);
    }

    private List<DeliveryResult> send(ReleaseEvent... batch) {
        return target.send(settings(Map.of()), List.of(batch));
    }

    private static Outcome only(List<DeliveryResult> results) {
        assertEquals(1, results.size());
        return results.get(0).outcome();
    }

    private Map<String, Object> template(ReleaseEvent item) {
        return odoo.byExternalId("mdm." + item.externalName()).orElseThrow();
    }

    // --- items ----------------------------------------------------------------------------------------------

    @Test
    void publishingTheSameItemTwiceUpdatesOneTemplate() {
        assertEquals(Outcome.DELIVERED, only(send(events.item("100-200", "Bolt M6"))));
        ReleaseEvent renamed = events.item("100-200", "A", "Bolt M6 x 20", LifecycleState.RELEASED,
                "\"gtin\":\"4006381333931\",\"weight\":{\"value\":1250,\"unit\":\"GRM\"}");
        assertEquals(Outcome.DELIVERED, only(send(renamed)));

        assertEquals(1, odoo.count("product.template"));
        assertEquals(1, odoo.count("product.product"));
        Map<String, Object> template = template(renamed);
        assertEquals("Bolt M6 x 20", template.get("name"));
        assertEquals("100-200/A", template.get("default_code"));
        assertEquals("4006381333931", template.get("barcode"));
        assertEquals(1.25, (Double) template.get("weight"), 1e-9);
        assertEquals("product", template.get("detailed_type"));
        assertEquals(false, template.get("sale_ok"), "a component is not sold");
        assertEquals(true, template.get("purchase_ok"), "a component not said to be made is bought");
        assertNotNull(keyMap.find(settings(Map.of()).subscriptionId(), List.of(renamed.externalName()))
                .get(renamed.externalName()).variantId(), "the key map remembers the variant");
    }

    @Test
    void aBlockedItemCannotBeSoldOrBoughtAndAnObsoleteOneIsArchived() {
        ReleaseEvent blocked = events.item("B-1", "A", "Blocked", LifecycleState.BLOCKED, "");
        ReleaseEvent obsolete = events.item("O-1", "A", "Obsolete", LifecycleState.OBSOLETE, "");
        ReleaseEvent superseded = events.item("S-1", "A", "Superseded", LifecycleState.SUPERSEDED, "");
        assertTrue(send(blocked, obsolete, superseded).stream().allMatch(r -> r.outcome() == Outcome.DELIVERED));

        assertEquals(false, template(blocked).get("sale_ok"));
        assertEquals(false, template(blocked).get("purchase_ok"));
        assertEquals(true, template(blocked).get("active"));
        assertEquals(false, template(superseded).get("purchase_ok"));
        assertEquals(true, template(superseded).get("active"));
        assertEquals(false, template(obsolete).get("active"));
    }

    @Test
    void unitsTypesAndCategoriesAreMapped() {
        ReleaseEvent service = eventWith("SVC-1", "\"type\":\"service\",\"baseUnit\":\"HUR\",\"category\":\"TOOLS\"");
        assertEquals(Outcome.DELIVERED, only(send(service)));
        Map<String, Object> template = template(service);
        assertEquals("service", template.get("detailed_type"));
        long hour = (Long) odoo.byExternalId("uom.product_uom_hour").orElseThrow().get("id");
        assertEquals(hour, template.get("uom_id"));
        assertEquals(hour, template.get("uom_po_id"));
    }

    private ReleaseEvent eventWith(String number, String fields) {
        String document = "{\"itemNumber\":\"" + number + "\",\"revision\":\"A\",\"name\":\"n\"," + fields + "}";
        return events.event(org.mdmhub.mdm.lifecycle.domain.RecordType.ITEM, events.itemId(number, "A"), number,
                LifecycleState.RELEASED, document, java.util.Set.of());
    }

    @Test
    void whatCanBeSoldAndBoughtFollowsTheItemTypeAndMakeOrBuyUnlessTheSubscriptionMapsIt() {
        Map<String, boolean[]> expected = Map.of(
                "\"type\":\"raw\",\"baseUnit\":\"C62\"", new boolean[] {false, true},
                "\"type\":\"component\",\"makeOrBuy\":\"make\",\"baseUnit\":\"C62\"", new boolean[] {false, false},
                "\"type\":\"subassembly\",\"makeOrBuy\":\"buy\",\"baseUnit\":\"C62\"", new boolean[] {false, true},
                "\"type\":\"finished\",\"makeOrBuy\":\"make\",\"baseUnit\":\"C62\"", new boolean[] {true, false},
                "\"type\":\"finished\",\"makeOrBuy\":\"buy\",\"baseUnit\":\"C62\"", new boolean[] {true, true},
                "\"type\":\"consumable\",\"baseUnit\":\"C62\"", new boolean[] {false, true},
                "\"type\":\"service\",\"baseUnit\":\"HUR\"", new boolean[] {true, false});
        int n = 0;
        for (Map.Entry<String, boolean[]> c : expected.entrySet()) {
            ReleaseEvent item = eventWith("TR-" + n++, c.getKey());
            assertEquals(Outcome.DELIVERED, only(send(item)));
            assertEquals(c.getValue()[0], template(item).get("sale_ok"), c.getKey());
            assertEquals(c.getValue()[1], template(item).get("purchase_ok"), c.getKey());
        }
        TargetSettings mapped = new TargetSettings(UUID.randomUUID(), "odoo", TargetType.ODOO, settings(Map.of()).config(),
                Map.of("trade", Map.of("raw", "both")), OdooDouble.PASSWORD);
        ReleaseEvent resold = eventWith("TR-X", "\"type\":\"raw\",\"baseUnit\":\"C62\"");
        assertEquals(Outcome.DELIVERED, only(target.send(mapped, List.of(resold))));
        assertEquals(true, template(resold).get("sale_ok"), "the subscription's trade mapping wins");
        assertEquals(true, template(resold).get("purchase_ok"));
    }

    @Test
    void routesFollowMakeOrBuyNotOdoosDefaultBuyAndTheSubscriptionMayMapThem() {
        ReleaseEvent made = eventWith("RT-1", "\"type\":\"subassembly\",\"makeOrBuy\":\"make\",\"baseUnit\":\"C62\"");
        ReleaseEvent bought = eventWith("RT-2", "\"type\":\"raw\",\"makeOrBuy\":\"buy\",\"baseUnit\":\"C62\"");
        ReleaseEvent service = eventWith("RT-3", "\"type\":\"service\",\"baseUnit\":\"HUR\"");
        assertTrue(send(made, bought, service).stream().allMatch(r -> r.outcome() == Outcome.DELIVERED));
        Object manufacture = odoo.byExternalId("mrp.route_warehouse0_manufacture").orElseThrow().get("id");
        Object buy = odoo.byExternalId("purchase_stock.route_warehouse0_buy").orElseThrow().get("id");
        assertEquals(List.of(manufacture), template(made).get("route_ids"));
        assertEquals(List.of(buy), template(bought).get("route_ids"));
        assertEquals(List.of(), template(service).get("route_ids"), "a service is not replenished");

        TargetSettings mapped = new TargetSettings(UUID.randomUUID(), "odoo", TargetType.ODOO, settings(Map.of()).config(),
                Map.of("route", Map.of("make", "mrp.route_warehouse0_manufacture,stock.route_warehouse0_mto")), OdooDouble.PASSWORD);
        assertEquals(Outcome.DELIVERED, only(target.send(mapped, List.of(made))));
        Object mto = odoo.byExternalId("stock.route_warehouse0_mto").orElseThrow().get("id");
        assertEquals(List.of(manufacture, mto), template(made).get("route_ids"), "the subscription's route mapping wins");
    }

    @Test
    void theSubscriptionsValueMappingsWin() {
        TargetSettings mapped = new TargetSettings(UUID.randomUUID(), "odoo", TargetType.ODOO, settings(Map.of()).config(),
                Map.of("unit", Map.of("C62", "uom.product_uom_dozen"), "category", Map.of("TOOLS", "product.tools")),
                OdooDouble.PASSWORD);
        ReleaseEvent tool = eventWith("T-1", "\"type\":\"raw\",\"baseUnit\":\"C62\",\"category\":\"TOOLS\"");
        DeliveryResult refused = target.send(mapped, List.of(tool)).get(0);
        assertEquals(Outcome.PERMANENT, refused.outcome(), "no category product.tools in this Odoo");
        assertTrue(refused.detail().contains("product.tools"), refused.detail());

        TargetSettings unitOnly = new TargetSettings(UUID.randomUUID(), "odoo", TargetType.ODOO, settings(Map.of()).config(),
                Map.of("unit", Map.of("C62", "uom.product_uom_dozen")), OdooDouble.PASSWORD);
        assertEquals(Outcome.DELIVERED, target.send(unitOnly, List.of(tool)).get(0).outcome());
        assertEquals(odoo.byExternalId("uom.product_uom_dozen").orElseThrow().get("id"), template(tool).get("uom_id"));
    }

    @Test
    void anUnmappedUnitRefusesOnlyThatItem() {
        ReleaseEvent odd = eventWith("ODD-1", "\"type\":\"raw\",\"baseUnit\":\"XBX\"");
        List<DeliveryResult> results = send(odd, events.item("OK-1", "Fine"));
        assertEquals(Outcome.PERMANENT, results.get(0).outcome());
        assertTrue(results.get(0).detail().contains("XBX"), results.get(0).detail());
        assertEquals(Outcome.DELIVERED, results.get(1).outcome());
    }

    @Test
    void oneBadRecordInFiftyIsRefusedAloneWithOdoosMessage() {
        List<ReleaseEvent> batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) { // item 37 repeats item 3's GTIN
            batch.add(events.item("N-" + i, "A", "Item " + i, LifecycleState.RELEASED,
                    i == 3 || i == 37 ? "\"gtin\":\"4006381333931\"" : ""));
        }
        List<DeliveryResult> results = target.send(settings(Map.of()), batch);

        Map<Outcome, List<DeliveryResult>> byOutcome = results.stream().collect(Collectors.groupingBy(DeliveryResult::outcome));
        assertEquals(49, byOutcome.get(Outcome.DELIVERED).size());
        // the dispatcher decides: retried while a pending delivery frees the barcode, else dead-lettered
        DeliveryResult refused = byOutcome.get(Outcome.IDENTIFIER_HELD).get(0);
        assertEquals(batch.get(37).eventId(), refused.eventId());
        assertTrue(refused.detail().contains("Barcode(s) already assigned"), refused.detail());
        assertEquals(49, odoo.count("product.template"));
        assertEquals(2, odoo.calls("product.template", "load"), "the batch, then the batch without the bad record");
    }

    @Test
    void odooDownOrBusyIsRetry() {
        for (OdooDouble.Failure failure : OdooDouble.Failure.values()) {
            odoo.reset();
            target = new OdooTarget(new OdooJsonRpc(), keyMap, events.itemKeys(), java.time.Clock.systemUTC());
            odoo.failNextCalls(100, failure);
            List<DeliveryResult> results = send(events.item("D-1", "Down"), events.item("D-2", "Down too"));
            assertTrue(results.stream().allMatch(r -> r.outcome() == Outcome.RETRY), failure + ": " + results);
            assertFalse(results.get(0).detail().contains(OdooDouble.PASSWORD));
        }
    }

    @Test
    void odooFailingALoadRetriesThatModelsRecords() {
        send(events.item("W-0", "warm up")); // logged in, so the next call is the load
        odoo.failNextCalls(1, OdooDouble.Failure.SERIALIZATION_FAILURE);
        List<DeliveryResult> results = send(events.item("W-1", "busy"), events.customer(UUID.randomUUID(), "C-1",
                LifecycleState.RELEASED));
        assertEquals(Outcome.RETRY, results.get(0).outcome(), results.toString());
        assertTrue(results.get(0).detail().contains("could not serialize access"), results.get(0).detail());
        assertEquals(Outcome.DELIVERED, results.get(1).outcome(), "partners go on");
    }

    @Test
    void aWrongPasswordIsPermanent() {
        TargetSettings wrong = new TargetSettings(UUID.randomUUID(), "odoo", TargetType.ODOO,
                settings(Map.of()).config(), Map.of(), "not-the-key");
        DeliveryResult result = target.send(wrong, List.of(events.item("P-1", "x"))).get(0);
        assertEquals(Outcome.PERMANENT, result.outcome());
        assertTrue(result.detail().contains("AccessDenied"), result.detail());
        assertFalse(result.detail().contains("not-the-key"));
    }

    @Test
    void aThousandItemsTakeFiveLoadsAndFiveVariantReads() {
        List<ReleaseEvent> batch = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            batch.add(events.item("K-" + i, "Item " + i));
        }
        odoo.resetCounters();
        List<DeliveryResult> results = target.send(settings(Map.of()), batch);

        assertTrue(results.stream().allMatch(r -> r.outcome() == Outcome.DELIVERED));
        assertEquals(1000, odoo.count("product.template"));
        assertEquals(5, odoo.calls("product.template", "load"));
        assertEquals(5, odoo.calls("product.template", "read"));
        assertEquals(10, odoo.calls("load") + odoo.calls("read") + odoo.calls("check_object_reference"));
    }

    @Test
    void theBatchSizeIsASetting() {
        List<ReleaseEvent> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            batch.add(events.item("Z-" + i, "Item " + i));
        }
        target.send(settings(Map.of("batchSize", "3")), batch);
        assertEquals(4, odoo.calls("product.template", "load"));
    }

    // --- BOMs -----------------------------------------------------------------------------------------------

    @Test
    void aBomGoesToOdooWithItsLinesOnTheComponentVariants() {
        send(events.item("P-100", "Pump"), events.item("C-1", "Housing"), events.item("C-2", "Screw"));
        UUID bomId = UUID.randomUUID();
        UUID line1 = UUID.randomUUID();
        UUID line2 = UUID.randomUUID();
        ReleaseEvent bom = events.bom(bomId, "P-100", LifecycleState.RELEASED, line("C-1", line1, "1"), line("C-2", line2, "4"));
        List<DeliveryResult> first = send(bom);
        assertEquals(Outcome.DELIVERED, only(first), first::toString); // a message that does not send the BOM again
        only(send(bom)); // again: still two lines

        Map<String, Object> odooBom = odoo.byExternalId("mdm.bom_" + bomId).orElseThrow();
        assertEquals(template(events.item("P-100", "Pump")).get("id"), odooBom.get("product_tmpl_id"));
        assertEquals("A", odooBom.get("code"));
        assertEquals("normal", odooBom.get("type"));
        assertEquals(2, odoo.count("mrp.bom.line"));
        Map<String, Object> second = odoo.byExternalId("mdm.bomline_" + line2).orElseThrow();
        assertEquals(template(events.item("C-2", "Screw")).get("product_variant_id"), second.get("product_id"));
        assertEquals(4.0, second.get("product_qty"));
        assertEquals(20L, second.get("sequence"));
    }

    @Test
    void aLineTheHubRemovedIsRemovedInOdoo() {
        send(events.item("P-2", "Pump"), events.item("C-3", "Housing"), events.item("C-4", "Screw"));
        UUID bomId = UUID.randomUUID();
        UUID keep = UUID.randomUUID();
        send(events.bom(bomId, "P-2", LifecycleState.RELEASED, line("C-3", keep, "1"), line("C-4", UUID.randomUUID(), "4")));
        assertEquals(2, odoo.count("mrp.bom.line"));

        assertEquals(Outcome.DELIVERED, only(send(events.bom(bomId, "P-2", LifecycleState.RELEASED, line("C-3", keep, "2")))));
        assertEquals(1, odoo.count("mrp.bom.line"));
        assertEquals(2.0, odoo.byExternalId("mdm.bomline_" + keep).orElseThrow().get("product_qty"));
    }

    @Test
    void aBomWhoseComponentIsNotInOdooYetIsRetried() {
        send(events.item("P-4", "Pump"));
        ReleaseEvent bom = events.bom(UUID.randomUUID(), "P-4", LifecycleState.RELEASED, line("C-6", UUID.randomUUID(), "1"));
        DeliveryResult result = send(bom).get(0);
        assertEquals(Outcome.RETRY, result.outcome());
        assertTrue(result.detail().contains("not in Odoo yet"), result.detail());
        assertEquals(0, odoo.count("mrp.bom"));
    }

    @Test
    void aBlockedBomIsArchived() {
        send(events.item("P-5", "Pump"), events.item("C-7", "Housing"));
        UUID bomId = UUID.randomUUID();
        send(events.bom(bomId, "P-5", LifecycleState.RELEASED, line("C-7", UUID.randomUUID(), "1")));
        assertEquals(Outcome.DELIVERED, only(send(events.bom(bomId, "P-5", LifecycleState.BLOCKED, line("C-7", UUID.randomUUID(), "1")))));
        assertEquals(false, odoo.byExternalId("mdm.bom_" + bomId).orElseThrow().get("active"));
    }

    // --- partners -------------------------------------------------------------------------------------------

    @Test
    void suppliersAndCustomersArePartnersWithTheirRanks() {
        UUID supplierId = UUID.randomUUID();
        UUID customerId = UUID.randomUUID();
        List<DeliveryResult> results = send(events.supplier(supplierId, "S-1", LifecycleState.RELEASED, "DE89370400440532013000"),
                events.customer(customerId, "K-1", LifecycleState.BLOCKED));
        assertTrue(results.stream().allMatch(r -> r.outcome() == Outcome.DELIVERED), results.toString());

        Map<String, Object> supplier = odoo.byExternalId("mdm.supplier_" + supplierId).orElseThrow();
        assertEquals("Supplier S-1 GmbH", supplier.get("name"));
        assertEquals("S-1", supplier.get("ref"));
        assertEquals("DE136695976", supplier.get("vat"));
        assertEquals("anna@example.com", supplier.get("email"));
        assertEquals("Berlin", supplier.get("city"));
        assertEquals(odoo.byExternalId("base.de").orElseThrow().get("id"), supplier.get("country_id"));
        assertEquals(1L, supplier.get("supplier_rank"));
        assertEquals(true, supplier.get("is_company"));
        Map<String, Object> customer = odoo.byExternalId("mdm.customer_" + customerId).orElseThrow();
        assertEquals(1L, customer.get("customer_rank"));
        assertEquals(false, customer.get("active"), "a blocked customer is archived");
        Map<String, Object> bank = odoo.records("res.partner.bank").get(0);
        assertEquals("DE89370400440532013000", bank.get("acc_number"));
        assertEquals(supplier.get("id"), bank.get("partner_id"));
    }

    @Test
    void maskedIbansAreNotSentAndTheResultSaysSo() {
        DeliveryResult result = send(events.supplier(UUID.randomUUID(), "S-2", LifecycleState.RELEASED, "DE89 **** **** **** 3000")).get(0);
        assertEquals(Outcome.DELIVERED, result.outcome());
        assertTrue(result.detail().contains("masked"), result.detail());
        assertEquals(0, odoo.count("res.partner.bank"));
    }

    // --- settings -------------------------------------------------------------------------------------------

    @Test
    void settingsAreChecked() {
        assertEquals(List.of("config.url", "config.database", "config.login", "secret"),
                target.check(Map.of(), Map.of(), false).stream().map(e -> e.field()).toList());
        assertEquals(List.of("config.url", "config.batchSize", "mappings.plant"),
                target.check(Map.of("url", "ftp://x", "database", "d", "login", "l", "batchSize", "5000"),
                        Map.of("plant", Map.of(), "unit", Map.of()), true).stream().map(e -> e.field()).toList());
        assertTrue(target.check(settings(Map.of()).config(), Map.of("category", Map.of()), true).isEmpty());
    }
}
