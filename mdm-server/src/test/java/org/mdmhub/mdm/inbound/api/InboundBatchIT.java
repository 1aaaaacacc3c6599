package org.mdmhub.mdm.inbound.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.Await;
import org.mdmhub.mdm.testsupport.Boms;
import org.mdmhub.mdm.testsupport.Database;
import org.mdmhub.mdm.testsupport.GoldenTables;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.Keycloak;
import org.mdmhub.mdm.testsupport.MdmDeployment;
import org.mdmhub.mdm.testsupport.Releases;

/** Batches from the PLM: idempotent by key, order-free, per-record results, one change request (docs/inbound.md). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InboundBatchIT {

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

    private static String plm() {
        return Keycloak.serviceToken("plm-publisher", "plm-publisher-demo-secret");
    }

    private static String item(String number, String name) {
        return item(number, name, "C62");
    }

    private static String item(String number, String name, String baseUnit) {
        return "{\"itemNumber\":\"" + number + "\",\"revision\":\"A\",\"name\":\"" + name + "\",\"type\":\"component\","
                + "\"baseUnit\":\"" + baseUnit + "\",\"source\":{\"key\":\"P-" + number + "\"}}";
    }

    private static String bom(String parent, String... components) {
        Boms bom = Boms.of(parent);
        for (int i = 0; i < components.length; i++) {
            bom.line((i + 1) * 10, components[i], null, "1", "C62");
        }
        String json = bom.json();
        return json.substring(0, json.length() - 1) + ",\"source\":{\"key\":\"B-" + parent + "\"}}";
    }

    private static String batch(String key, boolean submit, List<String> items, List<String> boms) {
        return "{\"sourceSystem\":\"PLM\",\"batchKey\":\"" + key + "\",\"submit\":" + submit + ",\"boms\":["
                + String.join(",", boms) + "],\"items\":[" + String.join(",", items) + "]}";
    }

    private Api.Reply send(String json) {
        return api.post("api/v1/inbound/batches").token(plm()).json(json).send();
    }

    private Api.Reply sendLines(String... lines) {
        return api.post("api/v1/inbound/batches").token(plm())
                .body("application/x-ndjson", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)).send();
    }

    private List<JsonNode> results(String batchId) {
        Api.Reply page = api.get("api/v1/inbound/batches/" + batchId + "/results?size=200").as("steward").send();
        assertEquals(200, page.status(), page.toString());
        List<JsonNode> all = new ArrayList<>();
        page.json().get("items").forEach(all::add);
        return all;
    }

    @Test
    void theSameBatchSentTwiceAnswersTheSameAndAddsNoRow() {
        String prefix = Items.newNumber("IB");
        List<String> items = IntStream.range(0, 500).mapToObj(i -> item(prefix + "-" + i, "Part " + i)).toList();
        String body = batch("ECO-" + prefix, false, items, List.of());

        Api.Reply first = send(body);
        assertEquals(200, first.status(), first.toString());
        assertEquals(500, first.json().get("created").asInt(), first.toString());
        assertEquals("done", first.json().get("status").asText());
        try (GoldenTables tables = GoldenTables.open()) {
            Map<String, String> before = tables.fingerprint();

            Api.Reply second = send(body);

            assertEquals(200, second.status(), second.toString());
            assertEquals(first.json(), second.json());
            assertEquals(List.of(), GoldenTables.changed(before, tables.fingerprint()));

            Api.Reply other = send(body.replace("Part 7\"", "Part seven\""));
            assertEquals(409, other.status(), other.toString());
            assertEquals("application/problem+json", other.header("Content-Type"));
            assertEquals(List.of(), GoldenTables.changed(before, tables.fingerprint()));
        }
        JsonNode cr = api.get("api/v1/change-requests/" + first.json().get("changeRequest").asText()).as("steward").send().json();
        assertEquals(500, cr.get("records").size(), "one change request for the whole batch");
    }

    @Test
    void aBatchSentPreferringAsyncIsAcceptedAndDoneInTheBackgroundAsItsSender() {
        String p = Items.newNumber("IBA");
        List<String> items = IntStream.range(0, 40).mapToObj(i -> item(p + "-" + i, "Part " + i)).toList();
        String body = batch("async-" + p, true, items, List.of(bom(p + "-0", p + "-1", p + "-2")));

        Api.Reply accepted = api.post("api/v1/inbound/batches").token(plm()).header("Prefer", "respond-async, wait=1")
                .json(body).send();

        assertEquals(202, accepted.status(), accepted.toString());
        assertEquals("respond-async", accepted.header("Preference-Applied"), accepted.toString());
        String id = accepted.json().get("id").asText();
        assertTrue(accepted.header("Location").endsWith("/api/v1/inbound/batches/" + id), accepted.header("Location"));
        assertTrue(Integer.parseInt(accepted.header("Retry-After")) > 0, accepted.toString());
        assertEquals(41, accepted.json().get("records").asInt(), accepted.toString());
        JsonNode done = Await.value("the batch done in the background", java.time.Duration.ofMinutes(1),
                java.time.Duration.ofMillis(200), () -> {
                    JsonNode now = api.get("api/v1/inbound/batches/" + id).token(plm()).send().json();
                    assertTrue(List.of("processing", "done").contains(now.get("status").asText()), now.toString());
                    return "done".equals(now.get("status").asText()) ? java.util.Optional.of(now) : java.util.Optional.empty();
                });
        assertEquals(41, done.get("created").asInt(), done.toString());
        assertEquals(41, done.get("processed").asInt(), done.toString());
        assertTrue(!done.hasNonNull("failure"), done.toString());

        // written as done by its sender, not by "system": the change request, its submission and the history
        JsonNode cr = api.get("api/v1/change-requests/" + done.get("changeRequest").asText()).as("steward").send().json();
        String sender = done.get("receivedBy").asText();
        assertTrue(!sender.isBlank() && !sender.equals("system"), done.toString());
        assertEquals(sender, cr.get("author").asText(), cr.toString());
        assertEquals("IN_REVIEW", cr.get("status").asText(), "submitted, as the sender asked: " + cr);
        assertEquals(41, cr.get("records").size(), cr.toString());
        String history = "select count(*) from item i join item_aud a on a.id = i.id join audit_revision r on r.id = a.rev"
                + " where i.item_number like ?";
        assertTrue(Database.count(history + " and r.author = ?", p + "-%", sender) >= 40, "each item's history names its sender");
        assertEquals(0, Database.count(history + " and r.author <> ?", p + "-%", sender));

        Api.Reply again = api.post("api/v1/inbound/batches").token(plm()).json(body).send();
        assertEquals(200, again.status(), "sent again once done: answered at once: " + again);
        assertEquals(done, again.json());
    }

    @Test
    void aBatchLargerThanTheContainersDefaultBodyLimitIsTaken() {
        // Undertow's default refuses bodies over 10 MiB with a bare 400; a batch may be up to 2 GiB. Whitespace
        // between JSON tokens is JSON: 11 MiB of it around one item make a large body that is quick to process.
        String p = Items.newNumber("IBL");
        String body = batch("large-" + p, false, List.of(item(p + "-1", "Large body part")), List.of());
        byte[] padded = (body.substring(0, body.length() - 1) + " ".repeat(11 * 1024 * 1024) + "}")
                .getBytes(StandardCharsets.UTF_8);

        Api.Reply reply = api.post("api/v1/inbound/batches").token(plm()).body("application/json", padded).send();

        assertEquals(200, reply.status(), reply.toString());
        assertEquals(1, reply.json().get("created").asInt(), reply.toString());
    }

    @Test
    void aBomMayComeBeforeItsComponents() {
        String p = Items.newNumber("IBO");
        Api.Reply reply = sendLines("{\"sourceSystem\":\"PLM\",\"batchKey\":\"order-" + p + "\"}",
                "{\"bom\":" + bom(p + "-BIKE", p + "-FRAME", p + "-WHEEL") + "}",
                "{\"item\":" + item(p + "-FRAME", "Frame") + "}",
                "{\"item\":" + item(p + "-WHEEL", "Wheel") + "}",
                "{\"item\":" + item(p + "-BIKE", "Bike") + "}");

        assertEquals(200, reply.status(), reply.toString());
        assertEquals(4, reply.json().get("created").asInt(), reply.toString());
        List<JsonNode> results = results(reply.json().get("id").asText());
        assertEquals(List.of("bom", "item", "item", "item"), results.stream().map(r -> r.get("kind").asText()).toList());
        JsonNode bom = api.get("api/v1/boms/" + results.get(0).get("record").asText()).as("viewer").send().json();
        assertEquals(2, bom.get("lines").size(), bom.toString());
    }

    @Test
    void aCycleOfTwoBomsInOneBatchIsRejectedWithItsPath() {
        String p = Items.newNumber("IBC");
        Api.Reply reply = send(batch("cycle-" + p, false,
                List.of(item(p + "-X", "X"), item(p + "-Y", "Y"), item(p + "-Z", "Z")),
                List.of(bom(p + "-X", p + "-Y"), bom(p + "-Y", p + "-X"), bom(p + "-Z", p + "-Y"))));

        assertEquals(200, reply.status(), reply.toString());
        assertEquals(2, reply.json().get("rejected").asInt(), reply.toString());
        List<JsonNode> results = results(reply.json().get("id").asText());
        JsonNode x = results.get(0);
        JsonNode y = results.get(1);
        assertEquals("rejected", x.get("outcome").asText(), x.toString());
        assertEquals("cycle within the batch: " + p + "-X → " + p + "-Y → " + p + "-X", x.get("errors").get(0).get("message").asText());
        assertEquals("rejected", y.get("outcome").asText(), y.toString());
        assertEquals("cycle within the batch: " + p + "-Y → " + p + "-X → " + p + "-Y", y.get("errors").get(0).get("message").asText());
        assertEquals("created", results.get(2).get("outcome").asText(), "a BOM off the cycle is taken");
        assertEquals(0, Database.count("select count(*) from bom where parent_item_number in (?, ?)", p + "-X", p + "-Y"));
    }

    @Test
    void oneBadRecordOfAHundredIsRejectedAndNothingOfItIsStored() {
        String p = Items.newNumber("IBR");
        List<String> items = new ArrayList<>(IntStream.range(0, 100).mapToObj(i -> item(p + "-" + i, "Part " + i)).toList());
        items.set(42, item(p + "-42", "Part 42", "XXX"));

        Api.Reply reply = send(batch("bad-" + p, false, items, List.of()));

        assertEquals(200, reply.status(), reply.toString());
        assertEquals(99, reply.json().get("created").asInt(), reply.toString());
        assertEquals(1, reply.json().get("rejected").asInt(), reply.toString());
        JsonNode bad = results(reply.json().get("id").asText()).get(42);
        assertEquals("rejected", bad.get("outcome").asText());
        assertEquals("P-" + p + "-42", bad.get("sourceKey").asText());
        assertEquals("baseUnit", bad.get("errors").get(0).get("field").asText(), bad.toString());
        assertTrue(bad.get("record") == null || bad.get("record").isNull(), bad.toString());
        assertEquals(0, Database.count("select count(*) from item where item_number = ?", p + "-42"));
        assertEquals(99, Database.count("select count(*) from item where item_number like ?", p + "-%"));
    }

    @Test
    void readersSeeTheReleasedVersionsUntilTheBatchIsApproved() {
        String p = Items.newNumber("IBL");
        List<String> numbers = List.of(p + "-1", p + "-2", p + "-3");
        Api.Reply first = send(batch("rel-" + p, true, numbers.stream().map(n -> item(n, "Old " + n)).toList(), List.of()));
        assertEquals(200, first.status(), first.toString());
        String firstCr = first.json().get("changeRequest").asText();
        assertEquals("IN_REVIEW", api.get("api/v1/change-requests/" + firstCr).as("viewer").send().json().get("status").asText(),
                "submit: true sends the change request to approval");
        Releases.approve(api, firstCr);
        List<String> ids = results(first.json().get("id").asText()).stream().map(r -> r.get("record").asText()).toList();

        Api.Reply second = send(batch("rel2-" + p, true, numbers.stream().map(n -> item(n, "New " + n)).toList(), List.of()));

        assertEquals(200, second.status(), second.toString());
        assertEquals(3, second.json().get("changed").asInt(), second.toString());
        for (int i = 0; i < 3; i++) {
            JsonNode read = api.get("api/v1/items/" + ids.get(i)).as("viewer").send().json();
            assertEquals("Old " + numbers.get(i), read.get("name").asText(), "the released version until approval");
            assertEquals("RELEASED", read.get("state").asText());
        }
        Releases.approve(api, second.json().get("changeRequest").asText());
        for (int i = 0; i < 3; i++) {
            assertEquals("New " + numbers.get(i), api.get("api/v1/items/" + ids.get(i)).as("viewer").send().json().get("name").asText());
        }

        Api.Reply again = send(batch("rel3-" + p, false, numbers.stream().map(n -> item(n, "New " + n)).toList(), List.of()));
        assertEquals(3, again.json().get("unchanged").asInt(), "an unchanged payload creates no version: " + again);
        assertTrue(again.json().path("changeRequest").isMissingNode(), "nothing to approve, no change request: " + again);
    }

    @Test
    void theBatchItselfMustBeReadableAndFromThePlm() {
        String p = Items.newNumber("IBM");
        try (GoldenTables tables = GoldenTables.open()) {
            Map<String, String> before = tables.fingerprint();

            Api.Reply erp = send("{\"sourceSystem\":\"ERP\",\"batchKey\":\"k-" + p + "\",\"items\":[" + item(p, "x") + "]}");
            assertEquals(403, erp.status(), erp.toString());
            Api.Reply broken = sendLines("{\"sourceSystem\":\"PLM\",\"batchKey\":\"k-" + p + "\"}", "{\"item\": {\"itemNumber\":");
            assertEquals(400, broken.status(), broken.toString());
            assertTrue(broken.json().get("detail").asText().contains("line 2"), broken.toString());
            Api.Reply noKey = send("{\"sourceSystem\":\"PLM\",\"items\":[]}");
            assertEquals(400, noKey.status(), noKey.toString());
            assertEquals("batchKey", noKey.json().get("errors").get(0).get("field").asText());
            Api.Reply nul = send("{\"sourceSystem\":\"PLM\",\"batchKey\":\"k-" + p + "\",\"items\":[" + item(p, "a\\u0000b") + "]}");
            assertEquals(400, nul.status(), nul.toString());
            Api.Reply steward = api.post("api/v1/inbound/batches").as("steward").json("{}").send();
            assertEquals(403, steward.status(), steward.toString());

            assertEquals(List.of(), GoldenTables.changed(before, tables.fingerprint()));
        }
        assertEquals(404, api.get("api/v1/inbound/batches/" + UUID.randomUUID()).as("steward").send().status());
    }

    @Test
    void resultsDownloadAsCsvAndJsonLines() {
        String p = Items.newNumber("IBD");
        Api.Reply reply = send(batch("dl-" + p, false, List.of(item(p + "-1", "One"), item(p + "-2", "Two", "XXX")), List.of()));
        String id = reply.json().get("id").asText();

        Api.Reply csv = api.get("api/v1/inbound/batches/" + id + "/results").as("steward").header("Accept", "text/csv").send();
        assertEquals(200, csv.status(), csv.toString());
        List<String> rows = csv.body().lines().collect(Collectors.toList());
        assertEquals("seq,kind,sourceKey,revision,outcome,record,errors", rows.get(0));
        assertTrue(rows.get(1).startsWith("1,item,P-" + p + "-1,A,created,"), rows.toString());
        assertTrue(rows.get(2).startsWith("2,item,P-" + p + "-2,A,rejected,,"), rows.toString());
        assertTrue(rows.get(2).contains("baseUnit: "), rows.toString());

        Api.Reply lines = api.get("api/v1/inbound/batches/" + id + "/results").token(plm())
                .header("Accept", "application/x-ndjson").send();
        assertEquals(200, lines.status(), lines.toString());
        assertEquals(2, lines.body().lines().count());
    }
}
