package org.mdmhub.mdm.partner.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mdmhub.mdm.testsupport.PartnerBodies.asRequest;
import static org.mdmhub.mdm.testsupport.PartnerBodies.customer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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

/** The customer API on the real server, database and Keycloak. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerApiIT {

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
        Api.Reply created = api.post("api/v1/customers").as("steward").json(body).send();
        assertEquals(201, created.status(), created.toString());
        return created;
    }

    private static List<String> errorFields(Api.Reply reply) {
        return StreamSupport.stream(reply.json().get("errors").spliterator(), false).map(e -> e.get("field").asText()).toList();
    }

    private static List<String> numbers(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(c -> c.get("customerNumber").asText()).toList();
    }

    @Test
    void aStewardCreatesACustomerWithLocationAndETag() {
        String number = Items.newNumber("CUS");
        Api.Reply created = create(customer(number, "Globex SARL", "ok"));

        JsonNode customer = created.json();
        assertEquals(number, customer.get("customerNumber").asText());
        assertEquals("DRAFT", customer.get("state").asText());
        assertEquals(1, customer.get("version").asInt());
        assertEquals("ok", customer.get("creditStatus").asText());
        assertEquals(0, customer.get("creditLimit").get("amount").decimalValue().compareTo(new java.math.BigDecimal("50000")));
        assertEquals("DAP", customer.get("incoterm").get("code").asText());
        assertEquals("Paris warehouse", customer.get("incoterm").get("place").asText());
        assertTrue(customer.get("addresses").get(0).hasNonNull("id"));
        assertNotNull(created.header("ETag"));
        String location = created.header("Location");
        assertTrue(location.endsWith("/api/v1/customers/" + customer.get("id").asText()), location);

        Api.Reply read = api.get(location.substring(location.indexOf("api/v1"))).as("sales").send();
        assertEquals(200, read.status(), read.toString());
        assertEquals(created.header("ETag"), read.header("ETag"));
    }

    @Test
    void theRulesNameEachBrokenField() {
        Api.Reply reply = api.post("api/v1/customers").as("steward").json(customer(Items.newNumber("CUS"), "Globex", "ok",
                "vatId", "\"FR00303265045\"",
                "creditLimit", "{\"amount\":1000.555,\"currency\":\"EUR\"}",
                "incoterm", "{\"code\":\"FOT\",\"place\":\"Paris\"}")).send();
        assertEquals(400, reply.status(), reply.toString());
        assertEquals(List.of("vatId", "creditLimit.amount", "incoterm.code"), errorFields(reply));

        Api.Reply unknownCurrency = api.post("api/v1/customers").as("steward").json(customer(Items.newNumber("CUS"),
                "Globex", "ok", "creditLimit", "{\"amount\":1000,\"currency\":\"QQQ\"}")).send();
        assertEquals(400, unknownCurrency.status(), unknownCurrency.toString());
        assertEquals(List.of("creditLimit.currency"), errorFields(unknownCurrency));
    }

    @Test
    void aViewerCannotCreateAndAStaleIfMatchIsRefused() {
        assertEquals(403, api.post("api/v1/customers").as("viewer").json(customer(Items.newNumber("CUS"), "G", "ok")).send().status());

        String number = Items.newNumber("CUS");
        Api.Reply created = create(customer(number, "Globex", "ok"));
        String path = "api/v1/customers/" + created.json().get("id").asText();
        Api.Reply blocked = api.put(path).as("steward").header("If-Match", created.header("ETag"))
                .json(customer(number, "Globex", "blocked")).send();
        assertEquals(200, blocked.status(), blocked.toString());
        assertEquals(412, api.put(path).as("steward2").header("If-Match", created.header("ETag"))
                .json(customer(number, "Globex", "ok")).send().status());
        assertEquals("blocked", api.get(path).as("viewer").send().json().get("creditStatus").asText());
        assertEquals(409, api.post("api/v1/customers").as("steward").json(customer(number, "Again", "ok")).send().status());
    }

    @Test
    void theCreditStatusFilterFindsBlockedCustomers() {
        String prefix = Items.newNumber("CUS-CREDIT");
        create(customer(prefix + "-0", "Globex SARL", "ok"));
        create(customer(prefix + "-1", "Initrode SA", "blocked"));
        create(customer(prefix + "-2", "Umbrella GmbH", "blocked", "country", "\"DE\"", "vatId", "\"DE811569869\""));

        assertEquals(List.of(prefix + "-1", prefix + "-2"),
                numbers(api.get("api/v1/customers?number=" + prefix + "&creditStatus=blocked").as("viewer").send().json()));
        assertEquals(List.of(prefix + "-0"),
                numbers(api.get("api/v1/customers?number=" + prefix + "&creditStatus=OK").as("viewer").send().json()));
        assertEquals(List.of(prefix + "-2"), numbers(api.get("api/v1/customers?number=" + prefix
                + "&creditStatus=blocked&country=DE&name=umbrella&state=draft").as("viewer").send().json()));
        Api.Reply bad = api.get("api/v1/customers?creditStatus=frozen").as("viewer").send();
        assertEquals(400, bad.status());
        assertEquals("creditStatus", bad.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void historyFollowsAContactByItsIdAndAsOfReadsAnEarlierVersion() throws Exception {
        String number = Items.newNumber("CUS-HIST");
        Api.Reply v1 = create(customer(number, "Globex SARL", "ok"));
        String path = "api/v1/customers/" + v1.json().get("id").asText();
        String contactId = v1.json().get("contacts").get(0).get("id").asText();
        // the client edits what it read: a new contact first, the existing one (by its id) with a new e-mail address
        ObjectNode edit = asRequest(v1.json());
        ArrayNode contacts = (ArrayNode) edit.get("contacts");
        ((ObjectNode) contacts.get(0)).put("email", "j.dupont@globex.example");
        contacts.insertObject(0).put("name", "Marie Curie");
        Api.Reply v2 = api.put(path).as("steward").header("If-Match", v1.header("ETag")).json(edit.toString()).send();
        assertEquals(200, v2.status(), v2.toString());
        assertEquals(contactId, v2.json().get("contacts").get(1).get("id").asText());

        JsonNode diff = api.get(path + "/diff?from=1&to=2").as("viewer").send().json();
        List<String> paths = StreamSupport.stream(diff.get("changes").spliterator(), false).map(c -> c.get("path").asText()).toList();
        assertEquals(2, paths.size(), diff.toString());
        assertTrue(paths.contains("contacts[" + contactId + "].email"), diff.toString());
        assertTrue(paths.stream().anyMatch(p -> p.startsWith("contacts[") && !p.contains(contactId)), diff.toString());

        Instant between = History.instantOfVersion(api, path, 1); // the server's record time of version 1
        JsonNode then = api.get(path + "?asOf=" + between).as("viewer").send().json();
        assertEquals(1, then.get("version").asInt());
        assertEquals(1, then.get("contacts").size());
        assertEquals("jean@globex.example", then.get("contacts").get(0).get("email").asText());
        assertEquals(2, api.get(path + "/history").as("viewer").send().json().size());
    }
}
