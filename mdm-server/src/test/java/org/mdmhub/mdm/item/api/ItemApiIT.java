package org.mdmhub.mdm.item.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
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
import org.mdmhub.mdm.testsupport.Database;
import org.mdmhub.mdm.testsupport.History;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.Keycloak;
import org.mdmhub.mdm.testsupport.MdmDeployment;

/** The item API on the real server, database and Keycloak. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ItemApiIT {

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

    @Test
    void aCallWithoutATokenIsUnauthenticated() {
        Api.Reply reply = api.get("api/v1/items").send();
        assertEquals(401, reply.status());
        assertEquals("Bearer", reply.header("WWW-Authenticate"));
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.toString());
        assertEquals("https://mdmhub.org/problems/unauthenticated", reply.json().get("type").asText());
        assertEquals(401, api.post("api/v1/items").json(Items.body(Items.newNumber("NT"), "x")).send().status());
    }

    @Test
    void aForgedTokenIsUnauthenticated() {
        String steward = Keycloak.token("steward");
        String[] parts = steward.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertEquals(401, api.get("api/v1/items").token(forged).send().status());
    }

    @Test
    void aTokenIssuedForAnotherAudienceIsRefused() {
        assertEquals(401, api.get("api/v1/items").token(Keycloak.tokenWithoutApiAudience("steward")).send().status());
    }

    @Test
    void aViewerCannotCreate() {
        Api.Reply reply = api.post("api/v1/items").as("viewer").json(Items.body(Items.newNumber("V"), "Bolt")).send();
        assertEquals(403, reply.status(), reply.toString());
        assertEquals("application/problem+json", reply.header("Content-Type"));
        assertEquals("https://mdmhub.org/problems/forbidden", reply.json().get("type").asText());
    }

    @Test
    void thePlmServiceAccountCannotReadItemsThroughTheStewardshipApi() {
        String plm = Keycloak.serviceToken("plm-publisher", "plm-publisher-demo-secret");
        assertEquals(403, api.get("api/v1/items").token(plm).send().status());
    }

    @Test
    void aStewardCreatesADraftWithLocationAndETag() {
        String number = Items.newNumber("BOLT");
        Api.Reply created = api.post("api/v1/items").as("steward").json(Items.body(number, "Bolt M6")).send();

        assertEquals(201, created.status(), created.toString());
        String location = created.header("Location");
        assertNotNull(location);
        assertNotNull(created.header("ETag"));
        JsonNode item = created.json();
        assertEquals(number, item.get("itemNumber").asText());
        assertEquals("DRAFT", item.get("state").asText());
        assertEquals(1, item.get("version").asInt());
        assertTrue(location.endsWith("/api/v1/items/" + item.get("id").asText()), location);

        Api.Reply read = api.get(location.substring(location.indexOf("api/v1"))).as("viewer").send();
        assertEquals(200, read.status(), read.toString());
        assertEquals(created.header("ETag"), read.header("ETag"));
        assertEquals("Bolt M6", read.json().get("name").asText());
        assertEquals(0.012, read.json().get("weight").get("value").asDouble());
    }

    @Test
    void anInvalidGtinIsRefusedNamingTheField() {
        Api.Reply reply = api.post("api/v1/items").as("steward")
                .json(Items.body(Items.newNumber("G"), "Bolt", "\"gtin\":\"4006381333932\",")).send();

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("application/problem+json", reply.header("Content-Type"));
        JsonNode problem = reply.json();
        assertEquals("https://mdmhub.org/problems/validation-failed", problem.get("type").asText());
        assertEquals("gtin", problem.get("errors").get(0).get("field").asText());
    }

    @Test
    void unknownUnitCodesAndAWeightInANonMassUnitAreRefusedFieldByField() {
        Api.Reply reply = api.post("api/v1/items").as("steward").json("""
                {"itemNumber":"%s","revision":"A","name":"Cable","type":"raw","baseUnit":"XYZ",
                 "weight":{"value":2,"unit":"MTR"}}""".formatted(Items.newNumber("U"))).send();

        assertEquals(400, reply.status(), reply.toString());
        List<String> fields = StreamSupport.stream(reply.json().get("errors").spliterator(), false)
                .map(e -> e.get("field").asText()).toList();
        assertEquals(List.of("baseUnit", "weight.unit"), fields);
    }

    @Test
    void theSameNumberAndRevisionTwiceIsAConflict() {
        String number = Items.newNumber("DUP");
        assertEquals(201, api.post("api/v1/items").as("steward").json(Items.body(number, "One")).send().status());
        Api.Reply again = api.post("api/v1/items").as("steward").json(Items.body(number, "Two")).send();
        assertEquals(409, again.status(), again.toString());
    }

    @Test
    void racingCreatesOfOneKeyGiveOneItemAndConflictsNeverAServerError() {
        String body = Items.body(Items.newNumber("RACE"), "Raced");
        Keycloak.token("steward");
        List<java.util.concurrent.CompletableFuture<Integer>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> api.post("api/v1/items").as("steward").json(body).send().status()));
        }
        List<Integer> statuses = calls.stream().map(java.util.concurrent.CompletableFuture::join).sorted().toList();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
    }

    @Test
    void aStaleIfMatchIsRefusedAndChangesNothing() {
        Api.Reply created = api.post("api/v1/items").as("steward").json(Items.body(Items.newNumber("S"), "Nut M6")).send();
        String path = "api/v1/items/" + created.json().get("id").asText();
        String firstTag = created.header("ETag");
        String number = created.json().get("itemNumber").asText();

        Api.Reply first = api.put(path).as("steward").header("If-Match", firstTag)
                .json(Items.body(number, "Nut M6 zinc")).send();
        assertEquals(200, first.status(), first.toString());

        Api.Reply stale = api.put(path).as("steward2").header("If-Match", firstTag)
                .json(Items.body(number, "Nut M6 overwritten")).send();
        assertEquals(412, stale.status(), stale.toString());
        assertEquals("application/problem+json", stale.header("Content-Type"));

        Api.Reply now = api.get(path).as("viewer").send();
        assertEquals("Nut M6 zinc", now.json().get("name").asText());
        assertEquals(2, now.json().get("version").asInt());
        assertEquals(first.header("ETag"), now.header("ETag"));
    }

    @Test
    void anUpdateWithoutIfMatchIsRefused() {
        Api.Reply created = api.post("api/v1/items").as("steward").json(Items.body(Items.newNumber("P"), "Pin")).send();
        Api.Reply reply = api.put("api/v1/items/" + created.json().get("id").asText()).as("steward")
                .json(Items.body(created.json().get("itemNumber").asText(), "Pin 2")).send();
        assertEquals(428, reply.status(), reply.toString());
    }

    @Test
    void twoUpdatesGiveAHistoryOfThreeVersionsWithTheirAuthors() {
        String number = Items.newNumber("H");
        Api.Reply created = api.post("api/v1/items").as("steward").header("Change-Reason", "new part from PLM")
                .json(Items.body(number, "Washer")).send();
        String path = "api/v1/items/" + created.json().get("id").asText();

        Api.Reply second = api.put(path).as("steward2").header("If-Match", created.header("ETag"))
                .header("Change-Reason", "name per drawing rev 2").json(Items.body(number, "Washer 6.4")).send();
        assertEquals(200, second.status(), second.toString());
        Api.Reply third = api.put(path).as("steward").header("If-Match", second.header("ETag"))
                .json(Items.body(number, "Washer 6.4", "\"gtin\":\"5901234123457\",")).send();
        assertEquals(200, third.status(), third.toString());

        JsonNode history = api.get(path + "/history").as("viewer").send().json();
        assertEquals(3, history.size(), history.toString());
        assertEquals(List.of(1, 2, 3), List.of(history.get(0).get("version").asInt(),
                history.get(1).get("version").asInt(), history.get(2).get("version").asInt()));
        assertEquals(List.of("steward", "steward2", "steward"), List.of(history.get(0).get("author").asText(),
                history.get(1).get("author").asText(), history.get(2).get("author").asText()));
        assertEquals("new part from PLM", history.get(0).get("reason").asText());
        assertEquals("name per drawing rev 2", history.get(1).get("reason").asText());
        assertEquals("created", history.get(0).get("change").asText());
        assertEquals("[\"name\"]", history.get(1).get("changedFields").toString());
        assertEquals("[\"gtin\"]", history.get(2).get("changedFields").toString());

        JsonNode version2 = api.get(path + "/history/2").as("viewer").send().json();
        assertEquals("Washer 6.4", version2.get("record").get("name").asText());
        assertEquals("steward2", version2.get("author").asText());

        JsonNode diff = api.get(path + "/diff?from=1&to=3").as("viewer").send().json();
        assertEquals(List.of("name", "gtin"), StreamSupport.stream(diff.get("changes").spliterator(), false)
                .map(c -> c.get("path").asText()).toList(), diff.toString());
        assertEquals("Washer", diff.get("changes").get(0).get("before").asText());
        assertEquals("Washer 6.4", diff.get("changes").get(0).get("after").asText());
        assertEquals(404, api.get(path + "/history/9").as("viewer").send().status());
    }

    @Test
    void readsAnItemAsItWasAtAnInstant() throws Exception {
        String number = Items.newNumber("ASOF");
        Api.Reply created = api.post("api/v1/items").as("steward").json(Items.body(number, "Gasket")).send();
        String path = "api/v1/items/" + created.json().get("id").asText();
        assertEquals(200, api.put(path).as("steward").header("If-Match", created.header("ETag"))
                .json(Items.body(number, "Gasket NBR")).send().status());

        Instant between = History.instantOfVersion(api, path, 1); // the server's record time of version 1
        JsonNode then = api.get(path + "?asOf=" + between).as("viewer").send().json();
        assertEquals("Gasket", then.get("name").asText());
        assertEquals(1, then.get("version").asInt());
        assertEquals("Gasket NBR", api.get(path).as("viewer").send().json().get("name").asText());
        assertEquals(404, api.get(path + "?asOf=2000-01-01T00:00:00Z").as("viewer").send().status());
        assertEquals(400, api.get(path + "?asOf=yesterday").as("viewer").send().status());
    }

    @Test
    void listsAndSearchesWithPagingAndFilters() {
        String prefix = Items.newNumber("SRCH");
        for (int i = 0; i < 3; i++) {
            assertEquals(201, api.post("api/v1/items").as("steward")
                    .json(Items.body(prefix + "-" + i, i == 1 ? "Hex Screw" : "Spring")).send().status());
        }
        JsonNode page = api.get("api/v1/items?number=" + prefix + "&size=2&page=0").as("viewer").send().json();
        assertEquals(3, page.get("totalItems").asInt());
        assertEquals(2, page.get("items").size());
        assertEquals(2, page.get("totalPages").asInt());

        JsonNode byName = api.get("api/v1/items?number=" + prefix + "&name=hex%20s&state=draft&type=component")
                .as("viewer").send().json();
        assertEquals(1, byName.get("totalItems").asInt(), byName.toString());
        assertEquals(prefix + "-1", byName.get("items").get(0).get("itemNumber").asText());

        Api.Reply badType = api.get("api/v1/items?type=gizmo").as("viewer").send();
        assertEquals(400, badType.status());
        assertEquals("type", badType.json().get("errors").get(0).get("field").asText());
        assertEquals(400, api.get("api/v1/items?size=100000").as("viewer").send().status());
    }

    @Test
    void aNewRevisionIsItsOwnDraftLinkedToItsPredecessor() {
        String number = Items.newNumber("REV");
        Api.Reply a = api.post("api/v1/items").as("steward").json(Items.body(number, "Bracket")).send();
        String idA = a.json().get("id").asText();

        Api.Reply b = api.post("api/v1/items/" + idA + "/revisions").as("steward").send();
        assertEquals(201, b.status(), b.toString());
        assertEquals("B", b.json().get("revision").asText());
        assertEquals(idA, b.json().get("predecessorId").asText());
        assertEquals("DRAFT", b.json().get("state").asText());
        assertEquals(1, b.json().get("version").asInt());
        assertTrue(b.header("Location").endsWith("/api/v1/items/" + b.json().get("id").asText()));

        assertEquals(409, api.post("api/v1/items/" + idA + "/revisions").as("steward").send().status());
        assertEquals(403, api.post("api/v1/items/" + idA + "/revisions").as("viewer").send().status());
    }

    @Test
    void plantExtensionsAreKeptApartAndVersionedWithTheItem() {
        String number = Items.newNumber("PLT");
        Api.Reply created = api.post("api/v1/items").as("steward").json(Items.body(number, "Shaft")).send();
        String path = "api/v1/items/" + created.json().get("id").asText();

        Api.Reply extended = api.put(path + "/plants/P100").as("steward").header("If-Match", created.header("ETag"))
                .json("{\"procurementType\":\"in_house\",\"leadTimeDays\":5,\"safetyStock\":100}").send();
        assertEquals(200, extended.status(), extended.toString());
        JsonNode plant = extended.json().get("plants").get(0);
        assertEquals("P100", plant.get("plant").asText());
        assertEquals("in_house", plant.get("procurementType").asText());
        assertEquals(2, extended.json().get("version").asInt());

        Api.Reply changed = api.put(path + "/plants/P100").as("steward").header("If-Match", extended.header("ETag"))
                .json("{\"procurementType\":\"both\",\"leadTimeDays\":7}").send();
        assertEquals(200, changed.status(), changed.toString());

        JsonNode history = api.get(path + "/history").as("viewer").send().json();
        assertEquals("[\"plants[P100]\"]", history.get(1).get("changedFields").toString());
        JsonNode diff = api.get(path + "/diff?from=2&to=3").as("viewer").send().json();
        assertEquals(List.of("plants[P100].procurementType", "plants[P100].leadTimeDays", "plants[P100].safetyStock"),
                StreamSupport.stream(diff.get("changes").spliterator(), false).map(c -> c.get("path").asText()).toList());

        Api.Reply unknownPlant = api.put(path + "/plants/NOPE").as("steward").header("If-Match", changed.header("ETag"))
                .json("{\"procurementType\":\"external\"}").send();
        assertEquals(404, unknownPlant.status(), unknownPlant.toString());
        Api.Reply badBody = api.put(path + "/plants/P100").as("steward").header("If-Match", changed.header("ETag"))
                .json("{\"procurementType\":\"teleport\"}").send();
        assertEquals(400, badBody.status());

        Api.Reply removed = api.call("DELETE", path + "/plants/P100").as("steward").header("If-Match", changed.header("ETag")).send();
        assertEquals(200, removed.status(), removed.toString());
        assertEquals(0, removed.json().get("plants").size());
    }

    @Test
    void anUnknownItemIsNotFound() {
        var before = Database.writeFootprint();
        Api.Reply reply = api.get("api/v1/items/00000000-0000-0000-0000-000000000000").as("viewer").send();
        assertEquals(404, reply.status());
        assertEquals("application/problem+json", reply.header("Content-Type"));
        assertEquals(404, api.get("api/v1/items/not-a-uuid").as("viewer").send().status());
        assertEquals(before, Database.writeFootprint(), "a read writes nothing, not even an audit revision");
    }
}
