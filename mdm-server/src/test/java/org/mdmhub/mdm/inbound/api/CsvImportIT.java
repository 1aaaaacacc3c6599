package org.mdmhub.mdm.inbound.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.Database;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.Keycloak;
import org.mdmhub.mdm.testsupport.MdmDeployment;
import org.mdmhub.mdm.testsupport.PartnerBodies;
import org.mdmhub.mdm.testsupport.Releases;

/**
 * CSV files from stewards as batches (docs/inbound-csv.md), and suppliers and customers in JSON batches:
 * per-row results at the row number, templates that import as they are, the partner intakes' created / unchanged /
 * changed / rejected.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CsvImportIT {
    private static final String ITEM_HEADER = "itemNumber,revision,name,type,baseUnit,gtin,weight.value,weight.unit,source.key";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MdmDeployment.war();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    private Api.Reply upload(String domain, String key, String csv) {
        return api.post("api/v1/inbound/csv/" + domain + "?batchKey=" + key).as("steward")
                .body("text/csv", csv.getBytes(StandardCharsets.UTF_8)).send();
    }

    /** The results CSV of a batch, by row number (seq). */
    private Map<Integer, CSVRecord> resultsCsv(String batchId) {
        Api.Reply reply = api.get("api/v1/inbound/batches/" + batchId + "/results").as("steward")
                .header("Accept", "text/csv").send();
        assertEquals(200, reply.status(), reply.toString());
        Map<Integer, CSVRecord> bySeq = new LinkedHashMap<>();
        for (CSVRecord r : parse(reply.body(), true)) {
            bySeq.put(Integer.parseInt(r.get("seq")), r);
        }
        return bySeq;
    }

    private static List<CSVRecord> parse(String csv, boolean header) {
        try {
            CSVFormat format = header ? CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get() : CSVFormat.RFC4180;
            return format.parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String itemRow(String number, String name, String unit, String gtin) {
        return String.join(",", number, "A", name, "component", unit, gtin, "", "", "K-" + number);
    }

    @Test
    void aThousandRowsWithThreeBadOnesGive997DraftsAndThreeRejectionsByRowAndField() {
        String p = Items.newNumber("CSV");
        StringBuilder csv = new StringBuilder(ITEM_HEADER).append("\r\n");
        for (int row = 1; row <= 1000; row++) {
            String number = p + "-" + row;
            String line = switch (row) {
                case 100 -> itemRow(number, "Part " + row, "XXX", "");
                case 500 -> itemRow(number, "Part " + row, "C62", "4006381333932");
                case 900 -> itemRow(number, "", "C62", "");
                default -> itemRow(number, "Part " + row, "C62", "");
            };
            csv.append(line).append("\r\n");
        }

        Api.Reply reply = upload("items", "csv-" + p, csv.toString());

        assertEquals(200, reply.status(), reply.toString());
        assertEquals(997, reply.json().get("created").asInt(), reply.toString());
        assertEquals(3, reply.json().get("rejected").asInt(), reply.toString());
        assertEquals("CSV", reply.json().get("sourceSystem").asText(), reply.toString());
        Map<Integer, CSVRecord> results = resultsCsv(reply.json().get("id").asText());
        assertEquals(1000, results.size());
        assertEquals(List.of(100, 500, 900), results.values().stream().filter(r -> r.get("outcome").equals("rejected"))
                .map(r -> Integer.parseInt(r.get("seq"))).toList());
        assertTrue(results.get(100).get("errors").startsWith("baseUnit: "), results.get(100).toString());
        assertTrue(results.get(500).get("errors").startsWith("gtin: "), results.get(500).toString());
        assertTrue(results.get(900).get("errors").startsWith("name: "), results.get(900).toString());
        assertEquals("K-" + p + "-500", results.get(500).get("sourceKey"));
        assertEquals("created", results.get(1).get("outcome"));
        assertEquals(997, Database.count("select count(*) from item where item_number like ? and state = 'DRAFT'"
                + " and source_system = 'CSV'", p + "-%"));
        assertEquals(0, Database.count("select count(*) from item where item_number in (?, ?, ?)",
                p + "-100", p + "-500", p + "-900"));

        Api.Reply again = upload("items", "csv-" + p, csv.toString());
        assertEquals(200, again.status(), again.toString());
        assertEquals(reply.json(), again.json(), "the same key and file: the same answer");
    }

    @Test
    void rowProblemsAreThatRowsErrorsAndAMissingColumnRefusesTheFile() {
        String p = Items.newNumber("CSR");
        String csv = ITEM_HEADER + "\n"
                + itemRow(p + "-1", "Good", "C62", "") + "\n"
                + itemRow(p + "-2", "Too many", "C62", "") + ",extra\n"
                + String.join(",", p + "-3", "A", "Bad weight", "component", "C62", "", "1,5", "KGM", "K-" + p + "-3")
                        .replace("1,5", "\"1,5\"") + "\n";

        Api.Reply reply = upload("items", "rows-" + p, csv);

        assertEquals(200, reply.status(), reply.toString());
        assertEquals(1, reply.json().get("created").asInt(), reply.toString());
        Map<Integer, CSVRecord> results = resultsCsv(reply.json().get("id").asText());
        assertEquals("rejected", results.get(2).get("outcome"));
        assertTrue(results.get(2).get("errors").startsWith("row: has 10 values, the header 9"), results.get(2).toString());
        assertEquals("rejected", results.get(3).get("outcome"));
        assertTrue(results.get(3).get("errors").startsWith("weight.value: '1,5' is not a number"), results.get(3).toString());
        assertEquals(0, Database.count("select count(*) from item where item_number in (?, ?)", p + "-2", p + "-3"));

        Api.Reply missing = upload("items", "cols-" + p, "itemNumber,name,colour\n" + p + "-9,X,red\n");
        assertEquals(400, missing.status(), missing.toString());
        String problem = missing.body();
        for (String column : List.of("colour", "revision", "type", "baseUnit", "source.key")) {
            assertTrue(problem.contains("\"" + column + "\""), column + " named in " + problem);
        }
        assertEquals(0, Database.count("select count(*) from inbound_batch where batch_key = ?", "cols-" + p));

        Api.Reply json = api.post("api/v1/inbound/csv/items?batchKey=j-" + p).as("steward").json("{}").send();
        assertEquals(415, json.status(), json.toString());
        Api.Reply noKey = api.post("api/v1/inbound/csv/items").as("steward")
                .body("text/csv", csv.getBytes(StandardCharsets.UTF_8)).send();
        assertEquals(400, noKey.status(), noKey.toString());
        Api.Reply byPublisher = api.post("api/v1/inbound/csv/items?batchKey=pub-" + p)
                .token(Keycloak.serviceToken("plm-publisher", "plm-publisher-demo-secret"))
                .body("text/csv", csv.getBytes(StandardCharsets.UTF_8)).send();
        assertEquals(403, byPublisher.status(), byPublisher.toString());
    }

    @Test
    void theTemplateOfEachDomainRoundTrips() {
        Map<String, Integer> created = new LinkedHashMap<>();
        for (String domain : List.of("items", "suppliers", "customers")) {
            created.put(domain, roundTrip(domain));
        }
        // the BOM example names the items example as its component and an assembly, which must exist
        Api.Reply assembly = upload("items", "tpl-assy", ITEM_HEADER + "\n"
                + itemRow("CSV-EXAMPLE-ASSY", "Example assembly", "C62", "") + "\n");
        assertEquals(1, assembly.json().get("created").asInt(), assembly.toString());
        created.put("bom-lines", roundTrip("bom-lines"));

        assertEquals(Map.of("items", 1, "suppliers", 1, "customers", 1, "bom-lines", 1), created);
        assertEquals(1, Database.count("select count(*) from supplier where supplier_number = ? and source_system = 'CSV'",
                "CSV-EXAMPLE-S1"));
    }

    private int roundTrip(String domain) {
        Api.Reply template = api.get("api/v1/inbound/csv/" + domain + "/template").as("steward").send();
        assertEquals(200, template.status(), template.toString());
        assertTrue(template.header("Content-Type").startsWith("text/csv"), template.header("Content-Type"));
        List<CSVRecord> rows = parse(template.body(), false);
        assertEquals(2, rows.size(), template.body());
        assertTrue(rows.get(0).toList().contains("source.key"), template.body());
        Api.Reply reply = upload(domain, "tpl-" + domain, template.body());
        assertEquals(200, reply.status(), reply.toString());
        assertEquals(0, reply.json().get("rejected").asInt(), domain + ": " + resultsCsv(reply.json().get("id").asText()));
        return reply.json().get("created").asInt();
    }

    private Api.Reply sendBatch(String key, boolean submit, List<String> suppliers, List<String> customers) {
        String body = "{\"sourceSystem\":\"PLM\",\"batchKey\":\"" + key + "\",\"submit\":" + submit + ",\"suppliers\":["
                + String.join(",", suppliers) + "],\"customers\":[" + String.join(",", customers) + "]}";
        return api.post("api/v1/inbound/batches").token(Keycloak.serviceToken("plm-publisher", "plm-publisher-demo-secret"))
                .json(body).send();
    }

    private List<JsonNode> results(Api.Reply batch) {
        List<JsonNode> all = new ArrayList<>();
        api.get("api/v1/inbound/batches/" + batch.json().get("id").asText() + "/results").as("steward").send().json()
                .get("items").forEach(all::add);
        return all;
    }

    private static String supplier(String number, String name) {
        return PartnerBodies.supplier(number, name, "source", "{\"key\":\"S-" + number + "\"}");
    }

    private static String customer(String number, String name) {
        return PartnerBodies.customer(number, name, "ok", "source", "{\"key\":\"C-" + number + "\"}");
    }

    @Test
    void suppliersAndCustomersInABatchAreCreatedThenUnchangedThenRevised() {
        String p = Items.newNumber("BP");
        Api.Reply first = sendBatch("bp1-" + p, true, List.of(supplier(p + "-S", "Acme GmbH")),
                List.of(customer(p + "-C", "Globex SA")));
        assertEquals(200, first.status(), first.toString());
        assertEquals(2, first.json().get("created").asInt(), first.toString());
        List<String> ids = results(first).stream().map(r -> r.get("record").asText()).toList();
        Releases.approve(api, first.json().get("changeRequest").asText());

        Api.Reply same = sendBatch("bp2-" + p, false, List.of(supplier(p + "-S", "Acme GmbH")),
                List.of(customer(p + "-C", "Globex SA")));
        assertEquals(2, same.json().get("unchanged").asInt(), same.toString() + results(same));

        Api.Reply revised = sendBatch("bp3-" + p, true, List.of(supplier(p + "-S", "Acme Holding GmbH")),
                List.of(customer(p + "-C", "Globex Group SA")));
        assertEquals(2, revised.json().get("changed").asInt(), revised.toString() + results(revised));
        assertEquals(ids, results(revised).stream().map(r -> r.get("record").asText()).toList());
        assertEquals("Acme GmbH", legalName("suppliers", ids.get(0)), "the released version until the change is approved");
        Releases.approve(api, revised.json().get("changeRequest").asText());
        assertEquals("Acme Holding GmbH", legalName("suppliers", ids.get(0)));
        assertEquals("Globex Group SA", legalName("customers", ids.get(1)));
        assertEquals(1, Database.count("select count(*) from supplier where supplier_number = ?", p + "-S"));

        // another source key for a number the hub has: rejected, and nothing of it stored
        Api.Reply taken = sendBatch("bp4-" + p, false, List.of(PartnerBodies.supplier(p + "-S", "Impostor AG", "source",
                "{\"key\":\"OTHER-" + p + "\"}")), List.of());
        assertEquals(1, taken.json().get("rejected").asInt(), taken.toString());
        JsonNode result = results(taken).get(0);
        assertEquals("supplierNumber", result.get("errors").get(0).get("field").asText(), result.toString());
        assertEquals(0, Database.count("select count(*) from supplier where legal_name = ?", "Impostor AG"));
    }

    @Test
    void aSupplierDraftNoRequestHoldsIsRevisedInPlace() {
        String n = Items.newNumber("BPD") + "-S";
        Api.Reply draft = api.post("api/v1/suppliers").as("steward")
                .json(PartnerBodies.supplier(n, "Draft GmbH", "source", "{\"system\":\"PLM\",\"key\":\"S-" + n + "\"}")).send();
        assertEquals(201, draft.status(), draft.toString());
        String id = draft.json().get("id").asText();

        Api.Reply revised = sendBatch("bpd-" + n, false, List.of(supplier(n, "Draft Holding GmbH")), List.of());

        assertEquals(1, revised.json().get("changed").asInt(), revised.toString() + results(revised));
        assertEquals(id, results(revised).get(0).get("record").asText());
        JsonNode read = api.get("api/v1/suppliers/" + id).as("viewer").send().json();
        assertEquals("Draft Holding GmbH", read.get("legalName").asText());
        assertEquals("DRAFT", read.get("state").asText());
        assertEquals(2, read.get("version").asInt(), read.toString());
    }

    private String legalName(String collection, String id) {
        return api.get("api/v1/" + collection + "/" + id).as("viewer").send().json().get("legalName").asText();
    }
}
