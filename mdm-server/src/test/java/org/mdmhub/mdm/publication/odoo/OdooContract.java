package org.mdmhub.mdm.publication.odoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the connector relies on in Odoo's external API, case by case from odoo-api.md, on the wire (raw
 * JSON-RPC, not the connector's client). One contract, two runs: against the double always
 * ({@link OdooDoubleContractTest}), against a real Odoo 17 when {@code -Dodoo.url} and friends are given
 * ({@link OdooRealContractTest}). Records it creates have unique names and are deleted afterwards.
 */
abstract class OdooContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final Deque<Object[]> created = new ArrayDeque<>();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    /** The server and the integration user to test with. */
    abstract OdooConnection connection();

    @AfterEach
    void deleteWhatWasCreated() {
        while (!created.isEmpty()) {
            Object[] record = created.pop();
            execute((String) record[0], "unlink", List.of(List.of(record[1])), Map.of()); // errors ignored
        }
    }

    // --- transport and login --------------------------------------------------------------------------------

    @Test
    void authenticateAnswersTheUid() {
        JsonNode answer = rpc("common", "authenticate", List.of(connection().database(), connection().login(),
                connection().password(), Map.of()));
        assertTrue(answer.path("result").isIntegralNumber(), answer.toString());
    }

    @Test
    void authenticateWithAWrongPasswordAnswersFalseNotAnError() {
        JsonNode answer = rpc("common", "authenticate", List.of(connection().database(), connection().login(),
                "wrong-" + run, Map.of()));
        assertTrue(answer.path("error").isMissingNode(), answer.toString());
        assertEquals(false, answer.path("result").asBoolean(true));
    }

    @Test
    void executeKwWithABadPasswordIsAccessDeniedWithHttp200() {
        JsonNode answer = rpc("object", "execute_kw", List.of(connection().database(), uid(), "wrong-" + run,
                "res.partner", "search_count", List.of(List.of()), Map.of()));
        assertError(answer, "odoo.exceptions.AccessDenied");
        assertEquals(200, answer.path("error").path("code").asInt());
        assertEquals("Odoo Server Error", answer.path("error").path("message").asText());
    }

    // --- load: upsert by external id ------------------------------------------------------------------------

    @Test
    void loadCreatesThenUpdatesByExternalIdUnderTheSameId() {
        String xid = "mdm.contract_item_" + run;
        List<String> fields = List.of("id", "name", "default_code", "uom_id/id", "sale_ok");
        JsonNode first = result(execute("product.template", "load", List.of(fields,
                List.of(List.of(xid, "Contract bolt", "C-" + run, "uom.product_uom_unit", "1"))), Map.of()));
        long id = first.path("ids").path(0).asLong();
        remember("product.template", id);
        assertEquals(0, first.path("messages").size(), first.toString());

        JsonNode second = result(execute("product.template", "load", List.of(fields,
                List.of(List.of(xid, "Contract bolt, renamed", "C-" + run, "uom.product_uom_unit", "0"))), Map.of()));
        assertEquals(id, second.path("ids").path(0).asLong());
        JsonNode read = result(execute("product.template", "read", List.of(List.of(id), List.of("name", "sale_ok")), Map.of()));
        assertEquals("Contract bolt, renamed", read.path(0).path("name").asText());
        assertFalse(read.path(0).path("sale_ok").asBoolean());
        assertEquals(1, result(execute("product.template", "search_count",
                List.of(List.of(List.of("default_code", "=", "C-" + run))), Map.of())).asInt());
    }

    @Test
    void creatingATemplateCreatesOneVariant() {
        long template = loadItem("variant");
        JsonNode read = result(execute("product.template", "read", List.of(List.of(template), List.of("product_variant_id")), Map.of()));
        JsonNode variant = read.path(0).path("product_variant_id");
        assertTrue(variant.isArray() && variant.path(0).isIntegralNumber(), read.toString());
        JsonNode product = result(execute("product.product", "read", List.of(List.of(variant.path(0).asLong()),
                List.of("product_tmpl_id")), Map.of()));
        assertEquals(template, product.path(0).path("product_tmpl_id").path(0).asLong());
    }

    @Test
    void loadErrorsComeInTheResultAndNothingIsWritten() {
        String good = "mdm.contract_good_" + run;
        JsonNode answer = execute("product.template", "load", List.of(List.of("id", "name", "uom_id/id"), List.of(
                List.of(good, "Good", "uom.product_uom_unit"),
                List.of("mdm.contract_bad_" + run, "Bad", "uom.no_such_unit_" + run))), Map.of());
        JsonNode result = result(answer);
        assertEquals(false, result.path("ids").asBoolean(true), result.toString());
        JsonNode message = result.path("messages").path(0);
        assertEquals("error", message.path("type").asText());
        assertEquals(1, message.path("record").asInt(), result.toString());
        assertFalse(message.path("message").asText().isBlank());
        assertError(checkObjectReference(good), "ValueError"); // all-or-nothing: the good row is not there either
    }

    @Test
    void bomLinesWithTheirOwnExternalIdsAreUpdatedNotAppended() {
        long parent = loadItem("parent");
        long component = variantOf(loadItem("component"));
        String bom = "mdm.contract_bom_" + run;
        List<String> fields = List.of("id", "product_tmpl_id/.id", "product_qty", "code", "bom_line_ids/id",
                "bom_line_ids/product_id/.id", "bom_line_ids/product_qty");
        List<List<String>> rows = List.of(
                List.of(bom, String.valueOf(parent), "1", "A", "mdm.contract_line1_" + run, String.valueOf(component), "2"),
                List.of("", "", "", "", "mdm.contract_line2_" + run, String.valueOf(component), "3"));
        long id = result(execute("mrp.bom", "load", List.of(fields, rows), Map.of())).path("ids").path(0).asLong();
        remember("mrp.bom", id);
        result(execute("mrp.bom", "load", List.of(fields, rows), Map.of()));
        assertEquals(2, lines(id).size());

        List<String> withoutLineIds = List.of("id", "product_tmpl_id/.id", "bom_line_ids/product_id/.id", "bom_line_ids/product_qty");
        result(execute("mrp.bom", "load", List.of(withoutLineIds,
                List.of(List.of(bom, String.valueOf(parent), String.valueOf(component), "2"))), Map.of()));
        assertEquals(3, lines(id).size(), "a line without external id is appended");
    }

    @Test
    void aBomLineToAMissingVariantIsAnErrorOfThatRecord() {
        long parent = loadItem("parent2");
        JsonNode result = result(execute("mrp.bom", "load", List.of(
                List.of("id", "product_tmpl_id/.id", "bom_line_ids/product_id/.id"),
                List.of(List.of("mdm.contract_bom2_" + run, String.valueOf(parent), "999999999"))), Map.of()));
        assertEquals(false, result.path("ids").asBoolean(true), result.toString());
        assertEquals(0, result.path("messages").path(0).path("record").asInt());
    }

    // --- reading and external ids ---------------------------------------------------------------------------

    @Test
    void readOfMissingIdsAnswersNothingSilently() {
        JsonNode answer = execute("product.template", "read", List.of(List.of(999999999), List.of("name")), Map.of());
        assertEquals(0, result(answer).size(), answer.toString());
    }

    @Test
    void writeAndUnlinkOfMissingIdsAreMissingErrors() {
        assertError(execute("product.template", "write", List.of(List.of(999999999), Map.of("name", "x")), Map.of()),
                "odoo.exceptions.MissingError");
        assertError(execute("product.template", "unlink", List.of(List.of(999999999)), Map.of()),
                "odoo.exceptions.MissingError");
    }

    @Test
    void checkObjectReferenceAnswersModelAndIdOrRaises() {
        JsonNode unit = result(checkObjectReference("uom.product_uom_unit"));
        assertEquals("uom.uom", unit.path(0).asText());
        assertTrue(unit.path(1).isIntegralNumber());
        assertError(checkObjectReference("mdm.nothing_" + run), "ValueError");
    }

    @Test
    void unlinkingARecordRemovesItsExternalId() {
        long id = loadItem("gone");
        result(execute("product.template", "unlink", List.of(List.of(id)), Map.of()));
        created.removeIf(r -> r[1].equals(id));
        assertError(checkObjectReference("mdm.contract_gone_" + run), "ValueError");
    }

    @Test
    void anArchivedRecordKeepsItsExternalIdButCheckObjectReferenceAnswersFalse() {
        long id = loadItem("archived");
        result(execute("product.template", "write", List.of(List.of(id), Map.of("active", false)), Map.of()));
        JsonNode reference = result(checkObjectReference("mdm.contract_archived_" + run));
        assertEquals("product.template", reference.path(0).asText());
        assertFalse(reference.path(1).asBoolean(true), reference.toString());
        JsonNode read = result(execute("product.template", "read", List.of(List.of(id), List.of("active")), Map.of()));
        assertFalse(read.path(0).path("active").asBoolean(true), "read finds archived records by id");
    }

    // --- error classes --------------------------------------------------------------------------------------

    @Test
    void anUnknownFieldIsAValueError() {
        JsonNode answer = execute("product.template", "create", List.of(Map.of("name", "x", "no_such_field_x", 1)), Map.of());
        assertError(answer, "ValueError");
        assertTrue(message(answer).contains("Invalid field 'no_such_field_x' on model 'product.template'"), message(answer));
    }

    @Test
    void anInvalidSelectionIsAValueError() {
        JsonNode answer = execute("product.template", "create", List.of(Map.of("name", "x", "detailed_type", "bogus")), Map.of());
        assertError(answer, "ValueError");
        assertTrue(message(answer).contains("Wrong value for product.template.detailed_type: 'bogus'"), message(answer));
    }

    @Test
    void aMissingRequiredFieldIsAValidationError() {
        JsonNode answer = execute("mrp.bom", "create", List.of(Map.of("code", "X")), Map.of());
        assertError(answer, "odoo.exceptions.ValidationError");
        assertTrue(message(answer).contains("mandatory field is not set"), message(answer));
        assertTrue(message(answer).contains("product_tmpl_id"), message(answer));
    }

    @Test
    void aMissingCategoryIsAMissingErrorAndAMissingUnitAForeignKeyMessage() {
        assertError(execute("product.template", "create", List.of(Map.of("name", "x", "categ_id", 999999999)), Map.of()),
                "odoo.exceptions.MissingError");
        JsonNode unit = execute("product.template", "create",
                List.of(Map.of("name", "x", "uom_id", 999999999, "uom_po_id", 999999999)), Map.of());
        assertError(unit, "odoo.exceptions.ValidationError");
        assertTrue(message(unit).contains("The operation cannot be completed"), message(unit));
    }

    @Test
    void aDuplicateBarcodeIsAValidationError() {
        String barcode = "40" + Math.abs(run.hashCode());
        long first = result(execute("product.template", "create", List.of(Map.of("name", "first", "barcode", barcode)), Map.of())).asLong();
        remember("product.template", first);
        assertError(execute("product.template", "create", List.of(Map.of("name", "second", "barcode", barcode)), Map.of()),
                "odoo.exceptions.ValidationError");
    }

    // --- decimal precisions ---------------------------------------------------------------------------------

    @Test
    void theIntegrationUserCanReadTheDecimalPrecisions() {
        assertTrue(digits("Stock Weight") >= 0);
        assertTrue(digits("Product Unit of Measure") >= 0);
    }

    @Test
    void aWeightIsStoredRoundedToTheStockWeightPrecision() {
        int digits = digits("Stock Weight");
        java.math.BigDecimal sent = new java.math.BigDecimal("1.123456789");
        long id = result(execute("product.template", "create",
                List.of(Map.of("name", "weighed " + run, "weight", sent.doubleValue())), Map.of())).asLong();
        remember("product.template", id);
        double held = result(execute("product.template", "read", List.of(List.of(id), List.of("weight")), Map.of()))
                .path(0).path("weight").asDouble();
        assertEquals(sent.setScale(digits, java.math.RoundingMode.HALF_UP).doubleValue(), held, 1e-12);
    }

    @Test
    void aBomLineQuantityIsStoredRoundedToTheUnitOfMeasurePrecisionInTheUnitSent() {
        int digits = digits("Product Unit of Measure");
        long parent = loadItem("rounded_parent");
        long component = variantOf(loadItem("rounded_component"));
        java.math.BigDecimal sent = new java.math.BigDecimal("0.123456789");
        JsonNode loaded = result(execute("mrp.bom", "load", List.of(
                List.of("id", "product_tmpl_id/.id", "bom_line_ids/id", "bom_line_ids/product_id/.id",
                        "bom_line_ids/product_qty", "bom_line_ids/product_uom_id/id"),
                List.of(List.of("mdm.contract_rounded_bom_" + run, String.valueOf(parent), "mdm.contract_rounded_line_" + run,
                        String.valueOf(component), sent.toPlainString(), "uom.product_uom_dozen"))), Map.of()));
        long bom = loaded.path("ids").path(0).asLong();
        assertTrue(bom > 0, loaded.toString());
        remember("mrp.bom", bom);
        JsonNode line = result(execute("mrp.bom.line", "read", List.of(lines(bom), List.of("product_qty", "product_uom_id")),
                Map.of())).path(0);
        assertEquals(sent.setScale(digits, java.math.RoundingMode.HALF_UP).doubleValue(), line.path("product_qty").asDouble(), 1e-12);
        assertEquals(result(checkObjectReference("uom.product_uom_dozen")).path(1).asLong(),
                line.path("product_uom_id").path(0).asLong(), "the line keeps the unit sent, in the component's unit category");
    }

    // --- routes ---------------------------------------------------------------------------------------------

    @Test
    void aNewProductGetsTheBuyRouteAndLoadSetsRoutesByExternalId() {
        long buy = result(checkObjectReference("purchase_stock.route_warehouse0_buy")).path(1).asLong();
        long manufacture = result(checkObjectReference("mrp.route_warehouse0_manufacture")).path(1).asLong();
        long plain = loadItem("routes_default");
        assertEquals(List.of(buy), routes(plain), "purchase_stock's default");

        JsonNode loaded = result(execute("product.template", "load", List.of(List.of("id", "name", "route_ids/id"),
                List.of(List.of("mdm.contract_routes_" + run, "Made", "mrp.route_warehouse0_manufacture"))), Map.of()));
        long made = loaded.path("ids").path(0).asLong();
        assertTrue(made > 0, loaded.toString());
        remember("product.template", made);
        assertEquals(List.of(manufacture), routes(made));
    }

    private List<Long> routes(long template) {
        List<Long> ids = new ArrayList<>();
        result(execute("product.template", "read", List.of(List.of(template), List.of("route_ids")), Map.of()))
                .path(0).path("route_ids").forEach(id -> ids.add(id.asLong()));
        return ids;
    }

    // --- identifiers ----------------------------------------------------------------------------------------

    @Test
    void aDuplicateBarcodeIsRefusedSayingItIsAlreadyAssigned() {
        String barcode = "41" + Math.abs(run.hashCode());
        remember("product.template", result(execute("product.template", "create",
                List.of(Map.of("name", "holder " + run, "barcode", barcode)), Map.of())).asLong());
        JsonNode answer = execute("product.template", "create", List.of(Map.of("name", "taker " + run, "barcode", barcode)), Map.of());
        assertError(answer, "odoo.exceptions.ValidationError");
        assertTrue(message(answer).contains("Barcode(s) already assigned"), message(answer));
        assertTrue(message(answer).contains(barcode), message(answer));
    }

    @Test
    void aBarcodeIsFreeOnceItsHolderGaveItUpOrWasArchived() {
        String cleared = "42" + Math.abs(run.hashCode());
        long holder = result(execute("product.template", "create",
                List.of(Map.of("name", "holder " + run, "barcode", cleared)), Map.of())).asLong();
        remember("product.template", holder);
        result(execute("product.template", "write", List.of(List.of(holder), Map.of("barcode", false)), Map.of()));
        remember("product.template", result(execute("product.template", "create",
                List.of(Map.of("name", "taker " + run, "barcode", cleared)), Map.of())).asLong());

        String archived = "43" + Math.abs(run.hashCode());
        long old = result(execute("product.template", "create",
                List.of(Map.of("name", "archived holder " + run, "barcode", archived)), Map.of())).asLong();
        remember("product.template", old);
        result(execute("product.template", "write", List.of(List.of(old), Map.of("active", false)), Map.of()));
        remember("product.template", result(execute("product.template", "create",
                List.of(Map.of("name", "taker of archived " + run, "barcode", archived)), Map.of())).asLong());
    }

    @Test
    void aDuplicateDefaultCodeIsAccepted() {
        for (int i = 0; i < 2; i++) {
            remember("product.template", result(execute("product.template", "create",
                    List.of(Map.of("name", "same code", "default_code", "DUP-" + run)), Map.of())).asLong());
        }
    }

    @Test
    void unknownModelUnknownMethodAndPrivateMethodAreErrors() {
        assertTrue(execute("no.such.model", "search_count", List.of(List.of()), Map.of()).has("error"));
        assertError(execute("product.template", "no_such_method", List.of(), Map.of()), "AttributeError");
        assertError(execute("product.template", "_private", List.of(), Map.of()), "odoo.exceptions.AccessError");
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private long loadItem(String name) {
        JsonNode result = result(execute("product.template", "load", List.of(List.of("id", "name"),
                List.of(List.of("mdm.contract_" + name + "_" + run, "Contract " + name))), Map.of()));
        long id = result.path("ids").path(0).asLong();
        assertTrue(id > 0, result.toString());
        remember("product.template", id);
        return id;
    }

    private int digits(String precision) {
        JsonNode rows = result(execute("decimal.precision", "search_read",
                List.of(List.of(List.of("name", "=", precision))), Map.of("fields", List.of("name", "digits"))));
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.path(0).path("digits").isIntegralNumber(), rows.toString());
        return rows.path(0).path("digits").asInt();
    }

    private long variantOf(long template) {
        return result(execute("product.template", "read", List.of(List.of(template), List.of("product_variant_id")), Map.of()))
                .path(0).path("product_variant_id").path(0).asLong();
    }

    private List<Long> lines(long bom) {
        List<Long> ids = new ArrayList<>();
        result(execute("mrp.bom", "read", List.of(List.of(bom), List.of("bom_line_ids")), Map.of()))
                .path(0).path("bom_line_ids").forEach(id -> ids.add(id.asLong()));
        return ids;
    }

    private void remember(String model, long id) {
        created.push(new Object[] {model, id});
    }

    private JsonNode checkObjectReference(String xid) {
        int dot = xid.indexOf('.');
        return execute("ir.model.data", "check_object_reference", List.of(xid.substring(0, dot), xid.substring(dot + 1)), Map.of());
    }

    private long uid() {
        return rpc("common", "authenticate", List.of(connection().database(), connection().login(),
                connection().password(), Map.of())).path("result").asLong();
    }

    JsonNode execute(String model, String method, List<?> args, Map<String, ?> kwargs) {
        return rpc("object", "execute_kw", List.of(connection().database(), uid(), connection().password(),
                model, method, args, kwargs));
    }

    /** The whole JSON-RPC answer; asserts HTTP 200, as Odoo answers errors too. */
    private JsonNode rpc(String service, String method, List<?> args) {
        ObjectNode body = JSON.createObjectNode().put("jsonrpc", "2.0").put("method", "call").put("id", 1);
        body.putObject("params").put("service", service).put("method", method).set("args", JSON.valueToTree(args));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(connection().endpoint())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode result(JsonNode answer) {
        assertTrue(answer.has("result"), answer.toString());
        return answer.get("result");
    }

    private static String message(JsonNode answer) {
        return answer.path("error").path("data").path("message").asText();
    }

    private static void assertError(JsonNode answer, String exceptionClass) {
        String name = answer.path("error").path("data").path("name").asText();
        assertTrue(name.endsWith(exceptionClass), "expected " + exceptionClass + " in " + answer);
    }
}
