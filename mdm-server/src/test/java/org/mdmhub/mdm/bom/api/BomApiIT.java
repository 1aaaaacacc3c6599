package org.mdmhub.mdm.bom.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.Boms;
import org.mdmhub.mdm.testsupport.Database;
import org.mdmhub.mdm.testsupport.History;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.MdmDeployment;

/** The BOM API on the real server, database and Keycloak; items are created through the item API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BomApiIT {

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

    /** Creates revision {@code revision} of item {@code number} with this base unit; returns its id. */
    private String item(String number, String revision, String baseUnit) {
        Api.Reply reply = api.post("api/v1/items").as("steward").json("""
                {"itemNumber":"%s","revision":"%s","name":"Part %s","type":"component","baseUnit":"%s"}"""
                .formatted(number, revision, number, baseUnit)).send();
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().get("id").asText();
    }

    private String item(String number, String baseUnit) {
        return item(number, "A", baseUnit);
    }

    private Api.Reply create(Boms bom) {
        return api.post("api/v1/boms").as("steward").json(bom.json()).send();
    }

    private JsonNode created(Boms bom) {
        Api.Reply reply = create(bom);
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private static List<String> fields(Api.Reply reply) {
        return StreamSupport.stream(reply.json().get("errors").spliterator(), false).map(e -> e.get("field").asText()).toList();
    }

    private static JsonNode lineAt(JsonNode bom, int position) {
        for (JsonNode line : bom.get("lines")) {
            if (line.get("position").asInt() == position) {
                return line;
            }
        }
        throw new AssertionError("no line at position " + position + " in " + bom);
    }

    @Test
    void aStewardCreatesADraftWithLocationETagAndLineIds() {
        String parent = Items.newNumber("BIKE");
        String frame = Items.newNumber("FRAME");
        item(parent, "C62");
        item(frame, "C62");
        Boms.ensurePlant("P100");

        Api.Reply reply = create(Boms.of(parent).plant("P100").line(20, frame, "A", "1", "C62").line(10, frame, null, "2.50", "H87"));

        assertEquals(201, reply.status(), reply.toString());
        JsonNode bom = reply.json();
        assertNotNull(reply.header("ETag"));
        assertTrue(reply.header("Location").endsWith("/api/v1/boms/" + bom.get("id").asText()), reply.header("Location"));
        assertEquals("DRAFT", bom.get("state").asText());
        assertEquals(1, bom.get("version").asInt());
        assertEquals("A", bom.get("bomRevision").asText());
        assertEquals("[\"P100\"]", bom.get("plants").toString());
        assertEquals(List.of(10, 20), List.of(bom.get("lines").get(0).get("position").asInt(), bom.get("lines").get(1).get("position").asInt()));
        assertEquals("2.5", bom.get("lines").get(0).get("quantity").asText());
        assertNotNull(bom.get("lines").get(0).get("id"));
        assertTrue(bom.get("lines").get(0).get("component").get("revision") == null, "a floating line names no revision");

        Api.Reply read = api.get("api/v1/boms/" + bom.get("id").asText()).as("viewer").send();
        assertEquals(200, read.status(), read.toString());
        assertEquals(reply.header("ETag"), read.header("ETag"));
        assertEquals(bom.get("lines"), read.json().get("lines"));
        assertEquals(304, api.get("api/v1/boms/" + bom.get("id").asText()).as("viewer")
                .header("If-None-Match", read.header("ETag")).send().status());
    }

    @Test
    void aCycleThroughAChainOfBomsIsRefusedWithItsPath() {
        String a = Items.newNumber("CYA");
        String b = Items.newNumber("CYB");
        String c = Items.newNumber("CYC");
        String bolt = Items.newNumber("CYBOLT");
        for (String number : List.of(a, b, c, bolt)) {
            item(number, "C62");
        }
        created(Boms.of(b).line(10, c, null, "1", "C62"));
        created(Boms.of(c).line(10, a, "A", "1", "C62").line(20, bolt, null, "4", "C62"));
        List<Long> before = List.of(Database.count("bom"), Database.count("bom_line"), Database.count("bom_aud"));

        Api.Reply reply = create(Boms.of(a).line(10, bolt, null, "2", "C62").line(20, b, null, "1", "C62"));

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("https://mdmhub.org/problems/validation-failed", reply.json().get("type").asText());
        String cycle = "cycle: " + a + " → " + b + " → " + c + " → " + a;
        assertEquals(List.of("lines"), fields(reply));
        assertEquals(cycle, reply.json().get("errors").get(0).get("message").asText());
        assertTrue(reply.json().get("detail").asText().contains(cycle), reply.toString());
        assertEquals(before, List.of(Database.count("bom"), Database.count("bom_line"), Database.count("bom_aud")));
        assertEquals(0, api.get("api/v1/boms?parentNumber=" + a).as("viewer").send().json().get("totalItems").asInt());

        // a BOM of the parent itself as a component is refused on its line
        Api.Reply self = create(Boms.of(a).line(10, a, null, "1", "C62"));
        assertEquals(List.of("lines[0].component.itemNumber"), fields(self));
    }

    @Test
    void anObsoleteOrReplacedLineNoLongerClosesACycle() {
        String a = Items.newNumber("RCA");
        String b = Items.newNumber("RCB");
        String bolt = Items.newNumber("RCBOLT");
        for (String number : List.of(a, b, bolt)) {
            item(number, "C62");
        }
        Api.Reply bBom = create(Boms.of(b).line(10, a, null, "1", "C62"));
        assertEquals(201, bBom.status(), bBom.toString());
        assertEquals(List.of("lines"), fields(create(Boms.of(a).line(10, b, null, "1", "C62"))));

        // B's BOM drops A; re-saving B's BOM does not trip over its own old line B -> A
        Api.Reply revised = api.put("api/v1/boms/" + bBom.json().get("id").asText()).as("steward")
                .header("If-Match", bBom.header("ETag")).json(Boms.of(b).line(10, bolt, null, "1", "C62").json()).send();
        assertEquals(200, revised.status(), revised.toString());
        assertEquals(201, create(Boms.of(a).line(10, b, null, "1", "C62")).status());
    }

    @Test
    void aLineUnitMustConvertToTheComponentsBaseUnit() {
        String parent = Items.newNumber("UNP");
        String bolt = Items.newNumber("UNBOLT");
        String steel = Items.newNumber("UNSTEEL");
        item(parent, "C62");
        item(bolt, "C62");
        item(steel, "KGM");

        Api.Reply kilosOfBolts = create(Boms.of(parent).line(10, bolt, "A", "2", "KGM"));
        assertEquals(400, kilosOfBolts.status(), kilosOfBolts.toString());
        assertEquals(List.of("lines[0].unit"), fields(kilosOfBolts));
        assertTrue(kilosOfBolts.json().get("errors").get(0).get("message").asText().contains("does not convert to C62"));

        Api.Reply gramsOfSteel = create(Boms.of(parent).line(10, steel, null, "250", "GRM"));
        assertEquals(201, gramsOfSteel.status(), gramsOfSteel.toString());
        assertEquals("GRM", gramsOfSteel.json().get("lines").get(0).get("unit").asText());
    }

    @Test
    void aFloatingLineIsCheckedAgainstTheNewestRevisionWhileNothingIsReleased() {
        String parent = Items.newNumber("FLP");
        String wire = Items.newNumber("FLWIRE");
        item(parent, "C62");
        item(wire, "A", "C62");
        item(wire, "B", "MTR");

        assertEquals(201, create(Boms.of(parent).line(10, wire, null, "2.5", "MMT")).status());
        Api.Reply floatingInPieces = create(Boms.of(parent).bomRevision("B").line(10, wire, null, "1", "C62"));
        assertEquals(List.of("lines[0].unit"), fields(floatingInPieces));
        assertTrue(floatingInPieces.json().get("errors").get(0).get("message").asText().endsWith(wire + "/B"), floatingInPieces.toString());
        assertEquals(201, create(Boms.of(parent).bomRevision("C").line(10, wire, "A", "1", "C62")).status());
    }

    @Test
    void aMissingComponentAndAnUnknownPlantAreRefusedFieldByField() {
        String parent = Items.newNumber("MCP");
        String bolt = Items.newNumber("MCBOLT");
        item(parent, "C62");
        item(bolt, "C62");
        Boms.ensurePlant("P100");

        Api.Reply reply = create(Boms.of(parent).plant("P100").plant("NOPE9")
                .line(10, bolt, null, "1", "C62")
                .line(20, Items.newNumber("GHOST"), null, "1", "C62")
                .line(30, bolt, "Q", "1", "C62")
                .line(30, bolt, null, "1", "C62"));

        assertEquals(400, reply.status(), reply.toString());
        assertEquals(List.of("plants[1]", "lines[1].component.itemNumber", "lines[2].component.revision", "lines[3].position"),
                fields(reply));
        assertTrue(reply.json().get("errors").get(0).get("message").asText().contains("NOPE9"), reply.toString());

        Api.Reply noParent = create(Boms.of(Items.newNumber("NOPARENT")).line(10, bolt, null, "1", "C62"));
        assertEquals(List.of("parent.itemNumber"), fields(noParent));
        Api.Reply badShape = api.post("api/v1/boms").as("steward").json(Boms.of(parent).line(10, bolt, null, "0", "C62").json()).send();
        assertEquals(List.of("lines[0].quantity"), fields(badShape));
    }

    @Test
    void aStaleIfMatchIsRefusedAndChangesNothing() {
        String parent = Items.newNumber("STP");
        String bolt = Items.newNumber("STBOLT");
        item(parent, "C62");
        item(bolt, "C62");
        Api.Reply created = create(Boms.of(parent).line(10, bolt, null, "1", "C62"));
        String path = "api/v1/boms/" + created.json().get("id").asText();
        String lineId = created.json().get("lines").get(0).get("id").asText();
        String firstTag = created.header("ETag");

        Api.Reply first = api.put(path).as("steward").header("If-Match", firstTag)
                .json(Boms.of(parent).line(lineId, 10, bolt, null, "2", "C62").json()).send();
        assertEquals(200, first.status(), first.toString());
        assertEquals(lineId, first.json().get("lines").get(0).get("id").asText(), "a line sent with its id is kept");

        Api.Reply stale = api.put(path).as("steward2").header("If-Match", firstTag)
                .json(Boms.of(parent).line(lineId, 10, bolt, null, "3", "C62").json()).send();
        assertEquals(412, stale.status(), stale.toString());
        assertEquals("application/problem+json", stale.header("Content-Type"));

        Api.Reply missing = api.put(path).as("steward").json(Boms.of(parent).line(10, bolt, null, "3", "C62").json()).send();
        assertEquals(428, missing.status(), missing.toString());

        JsonNode now = api.get(path).as("viewer").send().json();
        assertEquals("2", now.get("lines").get(0).get("quantity").asText());
        assertEquals(2, now.get("version").asInt());
    }

    @Test
    void theDiffMatchesLinesByIdAndHistoryListsEveryVersion() {
        String parent = Items.newNumber("DFP");
        String bolt = Items.newNumber("DFBOLT");
        String nut = Items.newNumber("DFNUT");
        String washer = Items.newNumber("DFWASH");
        for (String number : List.of(parent, bolt, nut, washer)) {
            item(number, "C62");
        }
        Boms.ensurePlant("P100");
        Boms.ensurePlant("P200");
        Api.Reply v1 = api.post("api/v1/boms").as("steward").header("Change-Reason", "from PLM")
                .json(Boms.of(parent).line(10, bolt, null, "2", "C62").line(20, nut, null, "2", "C62").json()).send();
        assertEquals(201, v1.status(), v1.toString());
        String path = "api/v1/boms/" + v1.json().get("id").asText();
        String boltLine = lineAt(v1.json(), 10).get("id").asText();
        String nutLine = lineAt(v1.json(), 20).get("id").asText();

        Api.Reply v2 = api.put(path).as("steward2").header("If-Match", v1.header("ETag")).header("Change-Reason", "plants")
                .json(Boms.of(parent).plant("P100").plant("P200")
                        .line(boltLine, 10, bolt, null, "2", "C62").line(nutLine, 20, nut, null, "2", "C62").json()).send();
        assertEquals(200, v2.status(), v2.toString());
        Api.Reply v3 = api.put(path).as("steward").header("If-Match", v2.header("ETag"))
                .json(Boms.of(parent).plant("P100").plant("P200")
                        .line(boltLine, 10, bolt, null, "4", "C62").line(nutLine, 20, nut, null, "2", "C62")
                        .line(30, washer, "A", "4", "C62").json()).send();
        assertEquals(200, v3.status(), v3.toString());
        String washerLine = lineAt(v3.json(), 30).get("id").asText();

        JsonNode diff = api.get(path + "/diff?from=1&to=3").as("viewer").send().json();
        List<String> paths = StreamSupport.stream(diff.get("changes").spliterator(), false).map(c -> c.get("path").asText()).toList();
        assertEquals(List.of("plants[0]", "plants[1]", "lines[" + boltLine + "].quantity", "lines[" + washerLine + "]"), paths, diff.toString());
        JsonNode quantity = diff.get("changes").get(2);
        assertEquals("CHANGED", quantity.get("kind").asText());
        assertEquals(2, quantity.get("before").asInt());
        assertEquals(4, quantity.get("after").asInt());
        JsonNode added = diff.get("changes").get(3);
        assertEquals("ADDED", added.get("kind").asText());
        assertEquals(washer, added.get("after").get("component").get("itemNumber").asText());

        JsonNode history = api.get(path + "/history").as("viewer").send().json();
        assertEquals(3, history.size(), history.toString());
        assertEquals(List.of("steward", "steward2", "steward"), List.of(history.get(0).get("author").asText(),
                history.get(1).get("author").asText(), history.get(2).get("author").asText()));
        assertEquals("from PLM", history.get(0).get("reason").asText());
        assertEquals("[\"plants[0]\",\"plants[1]\"]", history.get(1).get("changedFields").toString());
        assertEquals("[\"lines[" + boltLine + "].quantity\",\"lines[" + washerLine + "]\"]", history.get(2).get("changedFields").toString());

        JsonNode version1 = api.get(path + "/history/1").as("viewer").send().json();
        assertEquals(2, version1.get("record").get("lines").size());
        assertEquals("[]", version1.get("record").get("plants").toString());
        assertEquals(v1.json().get("lines"), version1.get("record").get("lines"));
        assertEquals(404, api.get(path + "/history/9").as("viewer").send().status());

        // removing a line shows as REMOVED, matched by its id
        Api.Reply v4 = api.put(path).as("steward").header("If-Match", v3.header("ETag"))
                .json(Boms.of(parent).line(boltLine, 10, bolt, null, "4", "C62").line(washerLine, 30, washer, "A", "4", "C62").json()).send();
        assertEquals(200, v4.status(), v4.toString());
        JsonNode removal = api.get(path + "/diff?from=3&to=4").as("viewer").send().json();
        assertEquals("lines[" + nutLine + "]", removal.get("changes").get(removal.get("changes").size() - 1).get("path").asText(), removal.toString());
    }

    @Test
    void readsABomAsItWasAtAnInstant() throws Exception {
        String parent = Items.newNumber("AOP");
        String bolt = Items.newNumber("AOBOLT");
        item(parent, "C62");
        item(bolt, "C62");
        Api.Reply created = create(Boms.of(parent).line(10, bolt, null, "1", "C62"));
        String path = "api/v1/boms/" + created.json().get("id").asText();
        String lineId = created.json().get("lines").get(0).get("id").asText();
        assertEquals(200, api.put(path).as("steward").header("If-Match", created.header("ETag"))
                .json(Boms.of(parent).line(lineId, 10, bolt, null, "7", "C62").line(20, bolt, "A", "1", "C62").json()).send().status());

        Instant between = History.instantOfVersion(api, path, 1); // the server's record time of version 1
        JsonNode then = api.get(path + "?asOf=" + between).as("viewer").send().json();
        assertEquals(1, then.get("version").asInt());
        assertEquals(1, then.get("lines").size());
        assertEquals("1", then.get("lines").get(0).get("quantity").asText());
        assertEquals(created.json().get("lines"), then.get("lines"));
        JsonNode now = api.get(path).as("viewer").send().json();
        assertEquals(2, now.get("lines").size());
        assertEquals(404, api.get(path + "?asOf=2000-01-01T00:00:00Z").as("viewer").send().status());
        assertEquals(400, api.get(path + "?asOf=yesterday").as("viewer").send().status());
    }

    @Test
    void whereUsedListsPinnedAndFloatingUses() {
        String screw = Items.newNumber("WUSCREW");
        String screwA = item(screw, "A", "C62");
        String screwB = item(screw, "B", "C62");
        String chair = Items.newNumber("WUCHAIR");
        String table = Items.newNumber("WUTABLE");
        String other = Items.newNumber("WUOTHER");
        item(chair, "C62");
        item(table, "C62");
        item(other, "C62");
        JsonNode chairBom = created(Boms.of(chair).line(10, screw, "A", "8", "C62").line(20, other, null, "1", "C62"));
        JsonNode tableBom = created(Boms.of(table).line(10, other, null, "1", "C62").line(20, screw, null, "12", "C62")
                .line(30, screw, "B", "2", "C62"));

        JsonNode usesOfA = api.get("api/v1/items/" + screwA + "/where-used").as("viewer").send().json();
        assertEquals(screw, usesOfA.get("item").get("itemNumber").asText());
        assertEquals(2, usesOfA.get("totalItems").asInt(), usesOfA.toString());
        JsonNode chairUse = usesOfA.get("boms").get(0);
        assertEquals(chairBom.get("id").asText(), chairUse.get("id").asText());
        assertEquals(chair, chairUse.get("parent").get("itemNumber").asText());
        assertEquals("A", chairUse.get("bomRevision").asText());
        assertEquals("DRAFT", chairUse.get("state").asText());
        assertEquals(1, chairUse.get("lines").size());
        assertEquals(10, chairUse.get("lines").get(0).get("position").asInt());
        assertEquals("pinned", chairUse.get("lines").get(0).get("binding").asText());
        JsonNode tableUse = usesOfA.get("boms").get(1);
        assertEquals(tableBom.get("id").asText(), tableUse.get("id").asText());
        assertEquals(1, tableUse.get("lines").size(), "the line pinned to B does not use A");
        assertEquals(20, tableUse.get("lines").get(0).get("position").asInt());
        assertEquals("floating", tableUse.get("lines").get(0).get("binding").asText());

        JsonNode usesOfB = api.get("api/v1/items/" + screwB + "/where-used").as("viewer").send().json();
        assertEquals(1, usesOfB.get("totalItems").asInt(), usesOfB.toString());
        assertEquals(List.of(20, 30), List.of(usesOfB.get("boms").get(0).get("lines").get(0).get("position").asInt(),
                usesOfB.get("boms").get(0).get("lines").get(1).get("position").asInt()));

        assertEquals(404, api.get("api/v1/items/00000000-0000-0000-0000-000000000000/where-used").as("viewer").send().status());
        assertEquals(2, api.get("api/v1/boms?componentNumber=" + screw).as("viewer").send().json().get("totalItems").asInt());
    }

    @Test
    void aNewRevisionCopiesTheBomWithNewLineIds() {
        String parent = Items.newNumber("RVP");
        String bolt = Items.newNumber("RVBOLT");
        item(parent, "C62");
        item(bolt, "C62");
        JsonNode a = created(Boms.of(parent).type("kit").line(10, bolt, null, "3", "C62"));

        Api.Reply b = api.post("api/v1/boms/" + a.get("id").asText() + "/revisions").as("steward").send();

        assertEquals(201, b.status(), b.toString());
        JsonNode next = b.json();
        assertTrue(b.header("Location").endsWith("/api/v1/boms/" + next.get("id").asText()), b.header("Location"));
        assertEquals("B", next.get("bomRevision").asText());
        assertEquals(a.get("id").asText(), next.get("predecessorId").asText());
        assertEquals("DRAFT", next.get("state").asText());
        assertEquals(1, next.get("version").asInt());
        assertEquals("kit", next.get("type").asText());
        assertEquals(10, next.get("lines").get(0).get("position").asInt());
        assertEquals("3", next.get("lines").get(0).get("quantity").asText());
        assertNotEquals(a.get("lines").get(0).get("id"), next.get("lines").get(0).get("id"));

        Api.Reply again = api.post("api/v1/boms/" + a.get("id").asText() + "/revisions").as("steward").send();
        assertEquals(409, again.status(), again.toString());
        assertEquals(2, api.get("api/v1/boms?parentNumber=" + parent).as("viewer").send().json().get("totalItems").asInt());
        assertEquals(403, api.post("api/v1/boms/" + a.get("id").asText() + "/revisions").as("viewer").send().status());
    }

    @Test
    void listsAndFiltersWithPaging() {
        String prefix = Items.newNumber("LST");
        String bolt = Items.newNumber("LSBOLT");
        item(bolt, "C62");
        Boms.ensurePlant("P100");
        Boms.ensurePlant("P200");
        for (int i = 0; i < 3; i++) {
            item(prefix + "-" + i, "C62");
        }
        created(Boms.of(prefix + "-0").line(10, bolt, null, "1", "C62"));
        created(Boms.of(prefix + "-1").type("phantom").plant("P100").line(10, bolt, null, "1", "C62").line(20, bolt, null, "1", "C62"));
        created(Boms.of(prefix + "-2").plant("P200").line(10, bolt, null, "1", "C62"));

        JsonNode page = api.get("api/v1/boms?parentNumber=" + prefix + "&size=2&page=0").as("viewer").send().json();
        assertEquals(3, page.get("totalItems").asInt(), page.toString());
        assertEquals(2, page.get("boms").size());
        assertEquals(2, page.get("totalPages").asInt());
        assertEquals(1, page.get("boms").get(0).get("lineCount").asInt());
        assertTrue(page.get("boms").get(0).get("lines") == null, "a list shows headers only");

        JsonNode inP100 = api.get("api/v1/boms?parentNumber=" + prefix + "&plant=P100").as("viewer").send().json();
        assertEquals(List.of(prefix + "-0", prefix + "-1"), StreamSupport.stream(inP100.get("boms").spliterator(), false)
                .map(b -> b.get("parent").get("itemNumber").asText()).toList(), "no plant means every plant");
        JsonNode phantoms = api.get("api/v1/boms?parentNumber=" + prefix + "&type=phantom&state=draft").as("viewer").send().json();
        assertEquals(1, phantoms.get("totalItems").asInt());
        assertEquals(2, phantoms.get("boms").get(0).get("lineCount").asInt());
        assertEquals(3, api.get("api/v1/boms?parentNumber=" + prefix + "&componentNumber=" + bolt).as("viewer").send()
                .json().get("totalItems").asInt());
        Api.Reply badType = api.get("api/v1/boms?type=assembly").as("viewer").send();
        assertEquals(400, badType.status());
        assertEquals("type", badType.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void aViewerCannotCreateOrUpdate() {
        String parent = Items.newNumber("VWP");
        String bolt = Items.newNumber("VWBOLT");
        item(parent, "C62");
        item(bolt, "C62");
        Api.Reply reply = api.post("api/v1/boms").as("viewer").json(Boms.of(parent).line(10, bolt, null, "1", "C62").json()).send();
        assertEquals(403, reply.status(), reply.toString());
        assertEquals("https://mdmhub.org/problems/forbidden", reply.json().get("type").asText());

        JsonNode bom = created(Boms.of(parent).line(10, bolt, null, "1", "C62"));
        assertEquals(403, api.put("api/v1/boms/" + bom.get("id").asText()).as("viewer").header("If-Match", "\"0\"")
                .json(Boms.of(parent).line(10, bolt, null, "2", "C62").json()).send().status());
        assertEquals(401, api.get("api/v1/boms").send().status());
    }

    @Test
    void anUnknownBomIsNotFound() {
        Api.Reply reply = api.get("api/v1/boms/00000000-0000-0000-0000-000000000000").as("viewer").send();
        assertEquals(404, reply.status());
        assertEquals("application/problem+json", reply.header("Content-Type"));
        assertEquals(404, api.get("api/v1/boms/not-a-uuid").as("viewer").send().status());
        assertEquals(404, api.get("api/v1/boms/00000000-0000-0000-0000-000000000000/history").as("viewer").send().status());
    }

    @Test
    void theBomAuditTablesAreAppendOnly() {
        String parent = Items.newNumber("AUP");
        String bolt = Items.newNumber("AUBOLT");
        item(parent, "C62");
        item(bolt, "C62");
        Boms.ensurePlant("P100");
        created(Boms.of(parent).plant("P100").line(10, bolt, null, "1", "C62"));
        for (String table : List.of("bom_aud", "bom_line_aud", "bom_plant_aud")) {
            SQLException refused = assertThrows(SQLException.class, () -> execute("delete from " + table));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("it.db.url"), "mdm", "mdm");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
