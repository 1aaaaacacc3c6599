package org.mdmhub.mdm.partner.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mdmhub.mdm.testsupport.PartnerBodies.IBAN;
import static org.mdmhub.mdm.testsupport.PartnerBodies.IBAN_MASKED;
import static org.mdmhub.mdm.testsupport.PartnerBodies.IBAN_ONE_DIGIT_CHANGED;
import static org.mdmhub.mdm.testsupport.PartnerBodies.OTHER_IBAN;
import static org.mdmhub.mdm.testsupport.PartnerBodies.OTHER_IBAN_MASKED;
import static org.mdmhub.mdm.testsupport.PartnerBodies.asRequest;
import static org.mdmhub.mdm.testsupport.PartnerBodies.bankAccount;
import static org.mdmhub.mdm.testsupport.PartnerBodies.supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.mdmhub.mdm.testsupport.History;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.MdmDeployment;

/** The supplier API on the real server, database and Keycloak; bank data masked for all but finance and admin. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupplierApiIT {

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

    private Api.Reply create(String body) {
        Api.Reply created = api.post("api/v1/suppliers").as("steward").json(body).send();
        assertEquals(201, created.status(), created.toString());
        return created;
    }

    private static String pathOf(Api.Reply created) {
        return "api/v1/suppliers/" + created.json().get("id").asText();
    }

    private static List<String> errorFields(Api.Reply reply) {
        return StreamSupport.stream(reply.json().get("errors").spliterator(), false).map(e -> e.get("field").asText()).toList();
    }

    private static String firstIban(JsonNode supplier) {
        return supplier.get("bankAccounts").get(0).get("iban").asText();
    }

    @Test
    void aStewardCreatesASupplierWithLocationETagAndLineIds() {
        String number = Items.newNumber("SUP");
        Api.Reply created = create(supplier(number, "Acme GmbH"));

        JsonNode supplier = created.json();
        assertEquals(number, supplier.get("supplierNumber").asText());
        assertEquals("DRAFT", supplier.get("state").asText());
        assertEquals(1, supplier.get("version").asInt());
        assertEquals("DE136695976", supplier.get("vatId").asText());
        assertNotNull(created.header("ETag"));
        assertTrue(created.header("Location").endsWith("/api/v1/suppliers/" + supplier.get("id").asText()));
        for (String list : List.of("addresses", "contacts", "bankAccounts")) {
            assertTrue(supplier.get(list).get(0).hasNonNull("id"), list + " line without id: " + supplier);
        }
        assertEquals(IBAN_MASKED, firstIban(supplier), "the steward's own POST answer is masked");

        Api.Reply read = api.get(pathOf(created)).as("viewer").send();
        assertEquals(200, read.status(), read.toString());
        assertEquals(created.header("ETag"), read.header("ETag"));
        assertEquals("remit_to", create(supplier(Items.newNumber("SUP"), "Acme", "addresses",
                "[{\"type\":\"remit_to\",\"street\":\"Postfach 9\",\"city\":\"Berlin\",\"country\":\"DE\"}]"))
                .json().get("addresses").get(0).get("type").asText());
    }

    @Test
    void anIbanWithOneDigitChangedIsRefusedNamingTheAccount() {
        Api.Reply reply = api.post("api/v1/suppliers").as("steward").json(supplier(Items.newNumber("SUP"), "Acme",
                "bankAccounts", "[" + bankAccount(null, IBAN_ONE_DIGIT_CHANGED) + "]")).send();

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("https://mdmhub.org/problems/validation-failed", reply.json().get("type").asText());
        assertEquals(List.of("bankAccounts[0].iban"), errorFields(reply));
        assertFalse(reply.body().contains(IBAN_ONE_DIGIT_CHANGED), "an error does not echo the account number");
    }

    @Test
    void aVatIdThatIsNotInTheFormatOfTheCountryIsRefused() {
        Api.Reply badCheckDigit = api.post("api/v1/suppliers").as("steward")
                .json(supplier(Items.newNumber("SUP"), "Acme", "vatId", "\"DE123456789\"")).send();
        assertEquals(400, badCheckDigit.status(), badCheckDigit.toString());
        assertEquals(List.of("vatId"), errorFields(badCheckDigit));

        Api.Reply germanIdForFrance = api.post("api/v1/suppliers").as("steward")
                .json(supplier(Items.newNumber("SUP"), "Acme", "country", "\"FR\"")).send();
        assertEquals(400, germanIdForFrance.status(), germanIdForFrance.toString());
        assertEquals(List.of("vatId"), errorFields(germanIdForFrance));
    }

    @Test
    void unknownCodesAndBadContactsAreRefusedFieldByField() {
        Api.Reply reply = api.post("api/v1/suppliers").as("steward").json(supplier(Items.newNumber("SUP"), "Acme",
                "currency", "\"QQQ\"",
                "contacts", "[{\"name\":\"Eva\",\"email\":\"eva@acme\",\"phone\":\"030 1234\"}]",
                "bankAccounts", "[{\"iban\":\"" + IBAN + "\",\"bic\":\"COBAQQFF\",\"accountHolder\":\"Acme\"}]")).send();

        assertEquals(400, reply.status(), reply.toString());
        assertEquals(List.of("contacts[0].email", "contacts[0].phone", "bankAccounts[0].bic", "currency"), errorFields(reply));
    }

    @Test
    void aViewerCannotCreateAndFinanceCannotEdit() {
        Api.Reply viewer = api.post("api/v1/suppliers").as("viewer").json(supplier(Items.newNumber("SUP"), "Acme")).send();
        assertEquals(403, viewer.status(), viewer.toString());
        assertEquals("https://mdmhub.org/problems/forbidden", viewer.json().get("type").asText());

        Api.Reply created = create(supplier(Items.newNumber("SUP"), "Acme"));
        assertEquals(403, api.put(pathOf(created)).as("finance").header("If-Match", created.header("ETag"))
                .json(supplier(created.json().get("supplierNumber").asText(), "Acme 2")).send().status());
    }

    @Test
    void theSameSupplierNumberTwiceIsAConflict() {
        String number = Items.newNumber("SUP");
        create(supplier(number, "One"));
        Api.Reply again = api.post("api/v1/suppliers").as("steward").json(supplier(number, "Two")).send();
        assertEquals(409, again.status(), again.toString());
        assertEquals(List.of("supplierNumber"), errorFields(again));
    }

    @Test
    void aStaleIfMatchIsRefusedAndChangesNothing() {
        String number = Items.newNumber("SUP");
        Api.Reply created = create(supplier(number, "Acme"));
        String path = pathOf(created);

        Api.Reply first = api.put(path).as("steward").header("If-Match", created.header("ETag"))
                .json(supplier(number, "Acme GmbH")).send();
        assertEquals(200, first.status(), first.toString());
        Api.Reply stale = api.put(path).as("steward2").header("If-Match", created.header("ETag"))
                .json(supplier(number, "Acme overwritten")).send();
        assertEquals(412, stale.status(), stale.toString());
        assertEquals(428, api.put(path).as("steward").json(supplier(number, "No If-Match")).send().status());

        JsonNode now = api.get(path).as("viewer").send().json();
        assertEquals("Acme GmbH", now.get("legalName").asText());
        assertEquals(2, now.get("version").asInt());
    }

    @Test
    void aLineIdTheSupplierDoesNotHaveIsRefused() {
        String number = Items.newNumber("SUP");
        Api.Reply created = create(supplier(number, "Acme"));
        Api.Reply reply = api.put(pathOf(created)).as("steward").header("If-Match", created.header("ETag"))
                .json(supplier(number, "Acme", "bankAccounts",
                        "[" + bankAccount("00000000-0000-4000-8000-000000000000", IBAN) + "]")).send();
        assertEquals(400, reply.status(), reply.toString());
        assertEquals(List.of("bankAccounts[0].id"), errorFields(reply));
    }

    /**
     * The acceptance line: a diff between versions 1 and 3 shows the bank account change, masked for a steward
     * and clear for finance; every other read is masked for steward and viewer and clear for finance and admin.
     */
    @Test
    void bankDetailsAreMaskedForStewardsAndViewersInEveryAnswerAndClearForFinanceAndAdmin() {
        String number = Items.newNumber("SUP-BANK");
        Api.Reply v1 = create(supplier(number, "Acme GmbH"));
        String path = pathOf(v1);
        String accountId = v1.json().get("bankAccounts").get(0).get("id").asText();

        // version 2: the steward sends the supplier back as read, masked IBAN included, with a new name
        ObjectNode edit = asRequest(v1.json()).put("legalName", "Acme Holding GmbH");
        Api.Reply v2 = api.put(path).as("steward").header("If-Match", v1.header("ETag")).json(edit.toString()).send();
        assertEquals(200, v2.status(), v2.toString());
        assertEquals(IBAN_MASKED, firstIban(v2.json()));

        // version 3: the account is paid to a new IBAN
        ObjectNode newIban = asRequest(v2.json());
        ((ObjectNode) newIban.get("bankAccounts").get(0)).put("iban", OTHER_IBAN);
        Api.Reply v3 = api.put(path).as("steward").header("If-Match", v2.header("ETag")).header("Change-Reason", "new house bank")
                .json(newIban.toString()).send();
        assertEquals(200, v3.status(), v3.toString());
        assertEquals(OTHER_IBAN_MASKED, firstIban(v3.json()), "the steward's own PUT answer is masked");
        assertEquals(accountId, v3.json().get("bankAccounts").get(0).get("id").asText());

        String ibanPath = "bankAccounts[" + accountId + "].iban";
        JsonNode forSteward = change(api.get(path + "/diff?from=1&to=3").as("steward").send().json(), ibanPath);
        assertEquals("CHANGED", forSteward.get("kind").asText());
        assertEquals(IBAN_MASKED, forSteward.get("before").asText());
        assertEquals(OTHER_IBAN_MASKED, forSteward.get("after").asText());
        JsonNode forFinance = change(api.get(path + "/diff?from=1&to=3").as("finance").send().json(), ibanPath);
        assertEquals(IBAN, forFinance.get("before").asText());
        assertEquals(OTHER_IBAN, forFinance.get("after").asText());

        JsonNode history = api.get(path + "/history").as("viewer").send().json();
        assertEquals(List.of("[]", "[\"legalName\"]", "[\"" + ibanPath + "\"]"), StreamSupport.stream(history.spliterator(), false)
                .map(entry -> entry.get("changedFields").toString()).toList(), "the masked IBAN sent back kept the account");
        assertEquals("new house bank", history.get(2).get("reason").asText());

        List<String> reads = List.of(path, path + "/history", path + "/history/1", path + "/history/3",
                path + "/diff?from=1&to=3", path + "?asOf=" + Instant.now(), "api/v1/suppliers?number=" + number);
        for (String reader : List.of("steward", "viewer")) {
            for (String read : reads) {
                Api.Reply reply = api.get(read).as(reader).send();
                assertEquals(200, reply.status(), reply.toString());
                assertFalse(reply.body().contains(IBAN) || reply.body().contains(OTHER_IBAN),
                        reader + " saw an IBAN in clear: " + reply);
            }
            assertEquals(OTHER_IBAN_MASKED, firstIban(api.get(path).as(reader).send().json()));
            assertEquals(IBAN_MASKED, firstIban(api.get(path + "/history/1").as(reader).send().json().get("record")));
        }
        for (String reader : List.of("finance", "admin")) {
            assertEquals(OTHER_IBAN, firstIban(api.get(path).as(reader).send().json()), reader);
            assertEquals(IBAN, firstIban(api.get(path + "/history/1").as(reader).send().json().get("record")), reader);
            assertEquals(OTHER_IBAN, firstIban(api.get("api/v1/suppliers?number=" + number).as(reader).send().json()
                    .get("items").get(0)), reader);
            assertEquals(IBAN, change(api.get(path + "/diff?from=1&to=3").as(reader).send().json(), ibanPath)
                    .get("before").asText(), reader);
        }
    }

    private static JsonNode change(JsonNode diff, String path) {
        return StreamSupport.stream(diff.get("changes").spliterator(), false)
                .filter(c -> c.get("path").asText().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no change at " + path + " in " + diff));
    }

    @Test
    void readsASupplierAsItWasBetweenTwoVersions() throws Exception {
        String number = Items.newNumber("SUP-ASOF");
        Api.Reply created = create(supplier(number, "Acme GmbH"));
        String path = pathOf(created);
        assertEquals(200, api.put(path).as("steward").header("If-Match", created.header("ETag"))
                .json(supplier(number, "Acme SE", "bankAccounts", "[]")).send().status());

        Instant between = History.instantOfVersion(api, path, 1); // the server's record time of version 1
        JsonNode then = api.get(path + "?asOf=" + between).as("viewer").send().json();
        assertEquals(1, then.get("version").asInt());
        assertEquals("Acme GmbH", then.get("legalName").asText());
        assertEquals(IBAN_MASKED, firstIban(then));
        assertEquals(IBAN, firstIban(api.get(path + "?asOf=" + between).as("finance").send().json()));
        JsonNode now = api.get(path).as("viewer").send().json();
        assertEquals("Acme SE", now.get("legalName").asText());
        assertEquals(0, now.get("bankAccounts").size());
        assertEquals(404, api.get(path + "?asOf=2000-01-01T00:00:00Z").as("viewer").send().status());
    }

    @Test
    void listsAndSearchesWithPagingAndFilters() {
        String prefix = Items.newNumber("SUP-SRCH");
        create(supplier(prefix + "-0", "Acme GmbH"));
        create(supplier(prefix + "-1", "Globex Bolts GmbH"));
        create(supplier(prefix + "-2", "Initech Inc.", "country", "\"US\"", "vatId", "\"12-3456789\"", "currency", "\"USD\""));

        JsonNode page = api.get("api/v1/suppliers?number=" + prefix + "&size=2").as("viewer").send().json();
        assertEquals(3, page.get("totalItems").asInt());
        assertEquals(2, page.get("items").size());
        assertEquals(2, page.get("totalPages").asInt());

        JsonNode byName = api.get("api/v1/suppliers?number=" + prefix + "&name=BOLTS&country=de&state=draft").as("viewer").send().json();
        assertEquals(1, byName.get("totalItems").asInt(), byName.toString());
        assertEquals(prefix + "-1", byName.get("items").get(0).get("supplierNumber").asText());
        JsonNode byCountry = api.get("api/v1/suppliers?number=" + prefix + "&country=US").as("viewer").send().json();
        assertEquals(List.of(prefix + "-2"), StreamSupport.stream(byCountry.get("items").spliterator(), false)
                .map(s -> s.get("supplierNumber").asText()).toList());
        assertEquals(400, api.get("api/v1/suppliers?state=sleeping").as("viewer").send().status());
    }

    @Test
    void anUnknownSupplierIsNotFound() {
        assertEquals(404, api.get("api/v1/suppliers/00000000-0000-0000-0000-000000000000").as("viewer").send().status());
        assertEquals(404, api.get("api/v1/suppliers/not-a-uuid/history").as("viewer").send().status());
    }
}
