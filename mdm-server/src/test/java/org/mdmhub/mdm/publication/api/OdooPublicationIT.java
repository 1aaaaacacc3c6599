package org.mdmhub.mdm.publication.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mdmhub.mdm.publication.odoo.OdooDouble;
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.Await;
import org.mdmhub.mdm.testsupport.Boms;
import org.mdmhub.mdm.testsupport.Database;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.MdmDeployment;
import org.mdmhub.mdm.testsupport.Releases;
import org.mdmhub.mdm.testsupport.Subscriptions;

/**
 * Publication to Odoo through the real server, asserted in the Odoo JSON-RPC double (which follows
 * shared/odoo-api.md): upsert by external id, BOMs after their items, status flags, reconciliation and repair.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OdooPublicationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MdmDeployment.war();
    }

    @ArquillianResource
    URL base;

    Api api;
    OdooDouble odoo;
    String subscription;

    @BeforeEach
    void start() {
        api = new Api(base);
        odoo = OdooDouble.start();
        odoo.precision("Stock Weight", 3); // the test items weigh 12 g: kept in kg at 3 decimals, not at Odoo's default 2
        Api.Reply created = api.post("api/v1/subscriptions").as("admin").json("{\"name\":\"it-odoo-" + System.nanoTime()
                + "\",\"targetType\":\"odoo\",\"domains\":[\"item\",\"bom\",\"supplier\",\"customer\"],\"config\":{\"url\":\""
                + odoo.url() + "\",\"database\":\"" + OdooDouble.DATABASE + "\",\"login\":\"" + OdooDouble.LOGIN
                + "\"},\"secret\":\"" + OdooDouble.PASSWORD + "\",\"includeSensitive\":true,"
                + "\"retry\":{\"maxAttempts\":5,\"initialBackoff\":\"PT0.2S\",\"maxBackoff\":\"PT0.5S\"}}").send();
        assertEquals(201, created.status(), created.toString());
        subscription = created.json().get("id").asText();
    }

    @AfterEach
    void stop() {
        Subscriptions.deactivate(api, subscription);
        odoo.close();
    }

    private static void await(String what, BooleanSupplier condition) {
        Await.until(what, condition);
    }

    private boolean delivered(String record, int count) {
        JsonNode items = api.get("api/v1/subscriptions/" + subscription + "/deliveries?status=delivered&record=" + record)
                .as("admin").send().json().get("items");
        return items.size() >= count;
    }

    private long odooId(String itemId) {
        return ((Number) template(itemId).get("id")).longValue();
    }

    private Map<String, Object> template(String itemId) {
        return odoo.byExternalId("mdm.item_" + itemId).orElseThrow(() -> new AssertionError("no template for " + itemId));
    }

    @Test
    void publishingTheSameReleaseTwiceLeavesOneRecordUpdated() {
        String number = Items.newNumber("ODO");
        String id = Releases.draftItem(api, number, "Hex bolt");
        String draft = Releases.draftItem(api, Items.newNumber("ODO"), "Never released");
        Releases.release(api, "item", List.of(id));
        await("the item in Odoo", () -> odoo.byExternalId("mdm.item_" + id).isPresent() && delivered(id, 1));
        int templates = odoo.count("product.template");
        long odooId = ((Number) template(id).get("id")).longValue();
        assertEquals("Hex bolt", template(id).get("name"));
        assertEquals(number + "/A", template(id).get("default_code"), "number and revision: each revision is its own product");
        JsonNode delivery = api.get("api/v1/deliveries?record=" + id).as("admin").send().json().get(0);
        JsonNode detail = api.get("api/v1/deliveries/" + delivery.get("id").asText()).as("admin").send().json();
        assertEquals("delivered", detail.get("status").asText());
        assertEquals("product.template " + odooId(id), detail.get("attemptLog").get(0).get("targetRecord").asText(),
                "a delivered record's detail names its Odoo record");

        odoo.edit("product.template", odooId, Map.of("name", "renamed in Odoo"));
        Api.Reply replay = api.post("api/v1/subscriptions/" + subscription + "/replay").as("admin")
                .json("{\"recordId\":\"" + id + "\"}").send();
        assertEquals(202, replay.status(), replay.toString());
        await("the second delivery", () -> delivered(id, 2));

        assertEquals(templates, odoo.count("product.template"), "a re-publish creates nothing");
        assertEquals(odooId, ((Number) template(id).get("id")).longValue(), "the same Odoo record");
        assertEquals("Hex bolt", template(id).get("name"), "and it is updated to the golden record");
        assertTrue(odoo.byExternalId("mdm.item_" + draft).isEmpty(), "a draft never reaches Odoo");
    }

    @Test
    void aBlockedItemCannotBeBoughtOrSoldInOdoo() {
        String id = Releases.draftItem(api, Items.newNumber("BLK"), "Held bolt");
        Releases.release(api, "item", List.of(id));
        await("the item in Odoo", () -> delivered(id, 1));
        assertEquals(Boolean.TRUE, template(id).get("purchase_ok"));
        Api.Reply blocked = api.post("api/v1/items/" + id + "/block").as("quality").json("{\"reason\":\"quality hold\"}").send();
        assertTrue(blocked.status() / 100 == 2, blocked.toString());
        await("the block in Odoo", () -> delivered(id, 2));
        assertEquals(Boolean.FALSE, template(id).get("purchase_ok"));
        assertEquals(Boolean.FALSE, template(id).get("sale_ok"));
        assertEquals(Boolean.TRUE, template(id).get("active"), "blocked is not archived");
    }

    @Test
    void aBomArrivesAsMrpBomWithLinesOnTheComponentVariants() {
        String parent = Items.newNumber("OPA");
        String screw = Items.newNumber("OCO");
        List<String> items = List.of(Releases.draftItem(api, parent, "Bracket"), Releases.draftItem(api, screw, "Screw"));
        Releases.release(api, "item", items);
        Api.Reply bom = api.post("api/v1/boms").as("steward").json(Boms.of(parent).line(10, screw, "A", "4", "C62").json()).send();
        assertEquals(201, bom.status(), bom.toString());
        String bomId = bom.json().get("id").asText();
        Releases.release(api, "bom", List.of(bomId));
        await("the BOM in Odoo", () -> odoo.byExternalId("mdm.bom_" + bomId).isPresent());

        Map<String, Object> mrpBom = odoo.byExternalId("mdm.bom_" + bomId).orElseThrow();
        assertEquals(template(items.get(0)).get("id"), mrpBom.get("product_tmpl_id"));
        String lineId = bom.json().get("lines").get(0).get("id").asText();
        Map<String, Object> line = odoo.byExternalId("mdm.bomline_" + lineId).orElseThrow();
        assertEquals(template(items.get(1)).get("product_variant_id"), line.get("product_id"),
                "the line points at the component's product.product variant");
        assertEquals(4.0, ((Number) line.get("product_qty")).doubleValue());
    }

    @Test
    void aLostKeyMapIsRecoveredFromTheExternalIdsWhenPublishingAndReconciling() {
        String parent = Items.newNumber("OKM");
        String screw = Items.newNumber("OKM");
        List<String> items = List.of(Releases.draftItem(api, parent, "Frame"), Releases.draftItem(api, screw, "Pin"));
        Releases.release(api, "item", items);
        Api.Reply bom = api.post("api/v1/boms").as("steward").json(Boms.of(parent).line(10, screw, "A", "2", "C62").json()).send();
        assertEquals(201, bom.status(), bom.toString());
        String bomId = bom.json().get("id").asText();
        Releases.release(api, "bom", List.of(bomId));
        await("the BOM in Odoo", () -> delivered(bomId, 1));
        Object odooBom = odoo.byExternalId("mdm.bom_" + bomId).orElseThrow().get("id");
        int boms = odoo.count("mrp.bom");
        UUID subscriptionId = UUID.fromString(subscription);

        // the hub's own table of Odoo ids, lost (a restored backup, a truncated table): external ids must find them again
        assertTrue(Database.update("delete from odoo_key_map where subscription_id = ?", subscriptionId) >= 3,
                "parent, component and BOM were mapped");
        int lookups = odoo.calls("ir.model.data", "check_object_reference");
        Api.Reply replay = api.post("api/v1/subscriptions/" + subscription + "/replay").as("admin")
                .json("{\"recordId\":\"" + bomId + "\"}").send();
        assertEquals(202, replay.status(), replay.toString());
        await("the BOM published again", () -> delivered(bomId, 2));
        assertTrue(odoo.calls("ir.model.data", "check_object_reference") > lookups, "looked up by external id");
        assertEquals(boms, odoo.count("mrp.bom"), "nothing created twice");
        assertEquals(odooBom, odoo.byExternalId("mdm.bom_" + bomId).orElseThrow().get("id"));
        assertTrue(Database.count("select count(*) from odoo_key_map where subscription_id = ?", subscriptionId) >= 2,
                "the key map is filled again");

        Database.update("delete from odoo_key_map where subscription_id = ?", subscriptionId);
        JsonNode report = api.post("api/v1/subscriptions/" + subscription + "/reconciliations").as("admin").send().json();
        for (String record : List.of(items.get(0), items.get(1), bomId)) {
            assertFalse(hasDrift(report, record, null, null), "no drift for " + record + " without a key map: " + report);
        }
    }

    @Test
    void reconciliationFindsWhatChangedInOdooAndRepairFixesIt() {
        String kept = Releases.draftItem(api, Items.newNumber("REC"), "Washer");
        String deleted = Releases.draftItem(api, Items.newNumber("REC"), "Nut");
        Releases.release(api, "item", List.of(kept, deleted));
        await("both items in Odoo", () -> delivered(kept, 1) && delivered(deleted, 1));
        odoo.edit("product.template", ((Number) template(kept).get("id")).longValue(), Map.of("name", "Washer (edited in Odoo)"));
        odoo.delete("product.template", ((Number) template(deleted).get("id")).longValue());

        Api.Reply run = api.post("api/v1/subscriptions/" + subscription + "/reconciliations").as("admin").send();
        assertEquals(201, run.status(), run.toString());
        JsonNode report = run.json();
        assertTrue(hasDrift(report, deleted, "missing", null), report.toString());
        assertTrue(hasDrift(report, kept, "stale", "name"), report.toString());

        Api.Reply repair = api.post("api/v1/reconciliations/" + report.get("id").asText() + "/repair").as("admin").send();
        assertEquals(202, repair.status(), repair.toString());
        assertEquals(409, api.post("api/v1/reconciliations/" + report.get("id").asText() + "/repair").as("admin").send().status(),
                "a report is repaired once");
        await("the repair", () -> delivered(kept, 2) && delivered(deleted, 2));
        assertEquals("Washer", template(kept).get("name"));
        assertEquals("Nut", template(deleted).get("name"));

        JsonNode again = api.post("api/v1/subscriptions/" + subscription + "/reconciliations").as("admin").send().json();
        assertTrue(!hasDrift(again, kept, null, null) && !hasDrift(again, deleted, null, null), again.toString());
    }

    @Test
    void aReconciliationOfAnUnreachableOdooIsABadGatewayNotAServerError() {
        String unreachable = Subscriptions.create(api, "{\"name\":\"it-odoo-down-" + System.nanoTime()
                + "\",\"targetType\":\"odoo\",\"domains\":[\"item\"],\"config\":{\"url\":\"http://127.0.0.1:9\","
                + "\"database\":\"odoo\",\"login\":\"nobody\"},\"secret\":\"x\"}");
        try {
            Api.Reply run = api.post("api/v1/subscriptions/" + unreachable + "/reconciliations").as("admin").send();
            assertEquals(502, run.status(), run.toString());
            assertEquals("https://mdmhub.org/problems/target-unavailable", run.json().get("type").asText());
            assertEquals(0, api.get("api/v1/subscriptions/" + unreachable + "/reconciliations").as("admin").send().json().size(),
                    "nothing recorded");
        } finally {
            Subscriptions.deactivate(api, unreachable);
        }
    }

    private static boolean hasDrift(JsonNode report, String record, String kind, String field) {
        for (JsonNode drift : report.get("drifts")) {
            if (drift.get("recordId").asText().equals(record) && (kind == null || drift.get("kind").asText().equals(kind))
                    && (field == null || field.equals(drift.path("field").asText()))) {
                return true;
            }
        }
        return false;
    }
}
