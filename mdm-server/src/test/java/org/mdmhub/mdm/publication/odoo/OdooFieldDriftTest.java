package org.mdmhub.mdm.publication.odoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mdmhub.mdm.publication.odoo.OdooEvents.line;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.publication.domain.Drift;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;
import org.mdmhub.mdm.publication.domain.TargetSettings;
import org.mdmhub.mdm.publication.domain.TargetType;

/**
 * Every column the mapper writes, one case each: an Odoo user changes it, reconciliation names it, a repair
 * (re-publish) restores it. The cases are enumerated from the mapper's own tables, so a column added there
 * without a case here fails ({@link #EDITS}); columns the reconciliation does not compare say why in
 * {@link Odoo17Mapping#NOT_COMPARED}.
 */
class OdooFieldDriftTest {

    private static OdooDouble odoo;
    private final InMemoryOdooKeyMap keyMap = new InMemoryOdooKeyMap();
    private final OdooEvents events = new OdooEvents();
    private OdooTarget target;
    private TargetSettings settings;
    private final Map<String, ReleaseEvent> fixtures = new HashMap<>();
    private UUID lineId;
    private UUID accountId;

    /** How an Odoo user changes one column: on which fixture record (model, xid), and the drift expected. */
    private record Edit(String fixture, String model, String odooField, Object value, String drift) {
    }

    /** One edit per written column, keyed "model column"; values are stored values (many2one: an external id). */
    private static final Map<String, Edit> EDITS = Map.ofEntries(
            item("name", "Renamed in Odoo"), item("default_code", "X-1/Z"), item("detailed_type", "consu"),
            item("uom_id/id", "uom.product_uom_dozen"), item("uom_po_id/id", "uom.product_uom_dozen"),
            item("categ_id/id", "product.drift_other"), item("barcode", "4006381333948"), item("weight", 9.0),
            item("sale_ok", true), item("purchase_ok", false), item("active", false),
            item("route_ids/id", "mrp.route_warehouse0_manufacture"),
            partner("supplier", "name", "Other GmbH"), partner("supplier", "vat", "DE000000000"),
            partner("supplier", "ref", "OTHER"), partner("supplier", "email", "x@example.org"),
            partner("supplier", "phone", "+1 555"), partner("supplier", "street", "Elsewhere 9"),
            partner("supplier", "city", "Hamburg"), partner("supplier", "zip", "20095"),
            partner("supplier", "country_id/id", "base.fr"), partner("supplier", "supplier_rank", 0L),
            partner("customer", "customer_rank", 0L), partner("supplier", "active", false),
            bom("product_qty", 7.0, "product_qty"), bom("product_uom_id/id", "uom.product_uom_dozen", "product_uom_id"),
            bom("type", "phantom", "type"), bom("code", "Z", "code"), bom("active", false, "active"),
            Map.entry("mrp.bom bom_line_ids/product_qty", new Edit("line", "mrp.bom.line", "product_qty", 5.0,
                    "bom_line_ids[10].product_qty")),
            Map.entry("mrp.bom bom_line_ids/product_uom_id/id", new Edit("line", "mrp.bom.line", "product_uom_id",
                    "uom.product_uom_dozen", "bom_line_ids[10].product_uom_id")),
            Map.entry("res.partner.bank partner_id/id", new Edit("account", "res.partner.bank", "partner_id",
                    "mdm.customer_fixture", "bank_ids[account]")),
            Map.entry("res.partner.bank acc_number", new Edit("account", "res.partner.bank", "acc_number",
                    "GB29NWBK60161331926819", "bank_ids[account]")),
            Map.entry("res.partner.bank acc_holder_name", new Edit("account", "res.partner.bank", "acc_holder_name",
                    "Someone else", "bank_ids[account].acc_holder_name")),
            Map.entry("res.partner.bank deleted", new Edit("account", "res.partner.bank", null, null, "bank_ids[account]")),
            Map.entry("mrp.bom.line deleted", new Edit("line", "mrp.bom.line", null, null, "bom_line_ids")));

    private static Map.Entry<String, Edit> item(String column, Object value) {
        return Map.entry("product.template " + column, new Edit("item", "product.template", column.split("/")[0], value,
                column.split("/")[0]));
    }

    private static Map.Entry<String, Edit> partner(String fixture, String column, Object value) {
        return Map.entry("res.partner " + column, new Edit(fixture, "res.partner",
                column.split("/")[0], value, column.split("/")[0]));
    }

    private static Map.Entry<String, Edit> bom(String column, Object value, String drift) {
        return Map.entry("mrp.bom " + column, new Edit("bom", "mrp.bom", column.split("/")[0], value, drift));
    }

    /** Every written, compared column of every table, plus deleted one-to-many lines. */
    static Stream<Arguments> columns() {
        List<Arguments> cases = new ArrayList<>();
        for (LoadTable table : List.of(Odoo17Mapping.ITEMS, Odoo17Mapping.PARTNERS, Odoo17Mapping.BOMS, Odoo17Mapping.BANK_ACCOUNTS)) {
            for (String column : table.columns()) {
                if (!Odoo17Mapping.NOT_COMPARED.containsKey(column) || column.startsWith("bom_line_ids/product_")
                        || (table == Odoo17Mapping.BANK_ACCOUNTS && !column.equals("id"))) {
                    cases.add(Arguments.of(table.model() + " " + column));
                }
            }
        }
        cases.add(Arguments.of("res.partner.bank deleted"));
        cases.add(Arguments.of("mrp.bom.line deleted"));
        return cases.stream().filter(c -> !c.get()[0].equals("mrp.bom bom_line_ids/product_id/.id"));
    }

    @BeforeAll
    static void start() {
        odoo = OdooDouble.start();
    }

    @AfterAll
    static void stop() {
        odoo.close();
    }

    @BeforeEach
    void publishTheFixtures() {
        odoo.reset();
        target = new OdooTarget(new OdooJsonRpc(), keyMap, events.itemKeys(), java.time.Clock.systemUTC());
        settings = new TargetSettings(UUID.randomUUID(), "odoo", TargetType.ODOO,
                Map.of("url", odoo.url().toString(), "database", OdooDouble.DATABASE, "login", OdooDouble.LOGIN),
                Map.of(), OdooDouble.PASSWORD);
        new OdooJsonRpc().executeKw(odoo.connection(), "product.category", "load",
                List.of(List.of("id", "name"), List.of(List.of("product.drift_other", "Other"))), Map.of());
        fixtures.put("item", events.item("X-1", "A", "Valve", LifecycleState.RELEASED,
                "\"gtin\":\"4006381333931\",\"weight\":{\"value\":1.25,\"unit\":\"KGM\"}"));
        fixtures.put("component", events.item("X-2", "Seal"));
        accountId = UUID.randomUUID();
        fixtures.put("supplier", supplier());
        fixtures.put("customer", events.customer(UUID.randomUUID(), "C-1", LifecycleState.RELEASED));
        assertTrue(target.send(settings, List.of(fixtures.get("item"), fixtures.get("component"), fixtures.get("supplier"),
                fixtures.get("customer"))).stream().allMatch(r -> r.outcome() == org.mdmhub.mdm.publication.domain.DeliveryResult.Outcome.DELIVERED));
        lineId = UUID.randomUUID();
        fixtures.put("bom", events.bom(UUID.randomUUID(), "X-1", LifecycleState.RELEASED, line("X-2", lineId, "3"),
                line("X-2", UUID.randomUUID(), "4")));
        target.send(settings, List.of(fixtures.get("bom")));
        assertEquals(List.of(), compare(), "in step after delivery");
    }

    private ReleaseEvent supplier() {
        String document = """
                {"supplierNumber":"S-1","legalName":"Supplier GmbH","vatId":"DE136695976","country":"DE","currency":"EUR",
                 "addresses":[{"type":"legal","street":"Hauptstr. 1","postalCode":"10115","city":"Berlin","country":"DE"}],
                 "contacts":[{"name":"Anna","email":"anna@example.com","phone":"+49 30 123456"}],
                 "bankAccounts":[{"id":"%s","iban":"DE89370400440532013000","accountHolder":"Supplier GmbH"}]}"""
                .formatted(accountId);
        return events.event(RecordType.SUPPLIER, UUID.randomUUID(), "S-1", LifecycleState.RELEASED, document, java.util.Set.of());
    }

    private List<Drift> compare() {
        return target.compare(settings, List.copyOf(fixtures.values()), List.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("columns")
    void aChangeInOdooIsNamedAndTheRepairRestoresIt(String column) {
        Edit edit = EDITS.get(column);
        assertNotNull(edit, "no drift case for the written column '" + column + "': add one to EDITS");
        ReleaseEvent record = fixtures.get(edit.fixture().equals("line") ? "bom" : edit.fixture().equals("account") ? "supplier" : edit.fixture());
        String xid = switch (edit.fixture()) {
            case "line" -> "mdm.bomline_" + lineId;
            case "account" -> "mdm.bank_" + record.recordId() + "_" + accountId;
            default -> "mdm." + record.externalName();
        };
        long id = (Long) odoo.byExternalId(xid).orElseThrow().get("id");
        if (edit.odooField() == null) {
            odoo.delete(edit.model(), id);
        } else {
            Object value = edit.value();
            if (value instanceof String s && (s.startsWith("uom.") || s.startsWith("product.drift") || s.startsWith("base."))) {
                value = odoo.byExternalId(s).orElseThrow().get("id");
            } else if (value instanceof String s && s.contains("route_")) {
                value = List.of(odoo.byExternalId(s).orElseThrow().get("id"));
            } else if ("mdm.customer_fixture".equals(value)) {
                value = odoo.byExternalId("mdm." + fixtures.get("customer").externalName()).orElseThrow().get("id");
            }
            Map<String, Object> values = new HashMap<>();
            values.put(edit.odooField(), value);
            if (edit.odooField().equals("uom_id")) {
                values.put("uom_po_id", value); // Odoo keeps both in one category; the purchase unit is compared on its own
            }
            odoo.edit(edit.model(), id, values);
        }

        String expected = edit.drift().replace("[account]", "[" + accountId + "]");
        List<Drift> drifts = compare();
        assertTrue(drifts.stream().anyMatch(d -> d.recordId().equals(record.recordId()) && expected.equals(d.field())),
                "expected a drift of " + expected + " in " + drifts);

        target.send(settings, List.of(record)); // the repair is a re-publish
        assertEquals(List.of(), compare(), "repaired");
    }
}
