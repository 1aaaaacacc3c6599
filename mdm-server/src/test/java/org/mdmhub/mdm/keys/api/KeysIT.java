package org.mdmhub.mdm.keys.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.Database;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.Keycloak;
import org.mdmhub.mdm.testsupport.MdmDeployment;
import org.mdmhub.mdm.testsupport.PartnerBodies;
import org.mdmhub.mdm.testsupport.Subscriptions;

/**
 * The key cross-reference on the real server: a PLM item at two revisions, a supplier from Odoo and an item made in
 * the hub, with Odoo keys in the key map of an (inactive) Odoo subscription as the dispatcher would have stored them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeysIT {
    private static final String PLM = "PLM";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MdmDeployment.war();
    }

    @ArquillianResource
    URL base;

    Api api;
    String plmKey;
    String itemA;
    String itemB;
    String itemNumber;
    String supplier;
    String supplierNumber;
    String hubItem;
    String subscription;

    @BeforeEach
    void records() {
        api = new Api(base);
        itemNumber = Items.newNumber("KEY");
        plmKey = "P-" + itemNumber;
        String source = "\"source\":{\"system\":\"" + PLM + "\",\"key\":\"" + plmKey + "\"},";
        itemA = create("items", Items.body(itemNumber, "Shaft", source));
        itemB = create("items", Items.body(itemNumber, "Shaft", source).replace("\"revision\":\"A\"", "\"revision\":\"B\""));
        supplierNumber = Items.newNumber("SUP");
        supplier = create("suppliers", PartnerBodies.supplier(supplierNumber, "Acme GmbH"));
        hubItem = create("items", Items.body(Items.newNumber("HUB"), "Made here", ""));

        subscription = Subscriptions.create(api, "{\"name\":\"it-keys-" + System.nanoTime()
                + "\",\"targetType\":\"odoo\",\"domains\":[\"item\"],\"active\":false,\"config\":{\"url\":\"http://127.0.0.1:9\","
                + "\"database\":\"odoo\",\"login\":\"nobody\"},\"secret\":\"x\"}");
        Database.update("insert into odoo_key_map (subscription_id, external_name, model, odoo_id, variant_id)"
                + " values (?, ?, 'product.template', 42, 43)", UUID.fromString(subscription), "item_" + itemA);
    }

    @AfterEach
    void forgetOdooKeys() {
        Database.update("delete from odoo_key_map where subscription_id = ?", UUID.fromString(subscription));
    }

    @Test
    void byGoldenIdTheSourceKeyAndTheKeysAtEachOdooSubscription() {
        Api.Reply reply = api.get("api/v1/keys/" + itemA).as("steward").send();
        assertEquals(200, reply.status(), reply.toString());
        JsonNode keys = reply.json();
        assertEquals(itemA, keys.get("goldenId").asText());
        assertEquals("item", keys.get("domain").asText());
        assertEquals(itemNumber + "/A", keys.get("businessKey").asText());
        assertEquals(2, keys.get("keys").size(), keys.toString());
        JsonNode source = keys.get("keys").get(0);
        assertEquals(PLM, source.get("system").asText());
        assertEquals(plmKey, source.get("key").asText());
        assertEquals("A", source.get("revision").asText());
        assertTrue(source.get("databaseId") == null, "a source key has no target members: " + source);
        JsonNode odoo = keys.get("keys").get(1);
        assertEquals("odoo", odoo.get("system").asText());
        assertEquals(subscription, odoo.get("subscription").asText());
        assertEquals("mdm.item_" + itemA, odoo.get("externalId").asText());
        assertEquals("product.template", odoo.get("model").asText());
        assertEquals(42, odoo.get("databaseId").asLong());
        assertTrue(odoo.get("key") == null, "a target key has no source members: " + odoo);

        JsonNode b = api.get("api/v1/keys/" + itemB).as("admin").send().json();
        assertEquals(List.of(PLM + " " + plmKey + " B"), describe(b.get("keys")), "B was sent to no Odoo");

        JsonNode made = api.get("api/v1/keys/" + hubItem).as("steward").send().json();
        assertEquals(0, made.get("keys").size(), "an item made in the hub has no key elsewhere: " + made);
    }

    @Test
    void bySystemAndKeyTheRecordsItPointsToEveryRevisionOrTheOneAsked() {
        assertEquals(List.of(itemA + " item " + itemNumber + "/A A", itemB + " item " + itemNumber + "/B B"),
                records(resolve("steward", PLM, plmKey, null)));
        assertEquals(List.of(itemB + " item " + itemNumber + "/B B"), records(resolve("admin", PLM, plmKey, "B")));
        assertEquals(List.of(), records(resolve("steward", PLM, "P-nothing-" + UUID.randomUUID(), null)));
        assertEquals(List.of(), records(resolve("steward", "CSV", plmKey, null)), "the key of another system");
    }

    @Test
    void anOdooKeyIsResolvedAsASourceKeyAndAsTheHubsExternalId() {
        assertEquals(List.of(supplier + " supplier " + supplierNumber + " -"),
                records(resolve("steward", "odoo", supplierNumber, null)), "the supplier came from Odoo");
        assertEquals(List.of(itemB + " item " + itemNumber + "/B B"),
                records(resolve("steward", "odoo", "mdm.item_" + itemB, null)), "an external id names its record");
        assertEquals(List.of(), records(resolve("steward", "odoo", "mdm.item_" + itemB, "A")), "itemB is at B");
        assertEquals(List.of(), records(resolve("steward", "odoo", "mdm.bom_" + itemB, null)), "no BOM has that id");
        assertEquals(List.of(), records(resolve("steward", "odoo", "mdm.item_" + UUID.randomUUID(), null)));
    }

    @Test
    void badParametersAreRefusedNamingThemAndAnUnknownIdIsNotFound() {
        assertBadParameter(api.get("api/v1/keys?key=" + plmKey).as("steward").send(), "system");
        assertBadParameter(api.get("api/v1/keys?system=%20&key=" + plmKey).as("steward").send(), "system");
        assertBadParameter(api.get("api/v1/keys?system=PLM").as("steward").send(), "key");
        assertBadParameter(api.get("api/v1/keys?system=PLM&key=").as("admin").send(), "key");
        assertBadParameter(api.get("api/v1/keys/not-a-uuid").as("steward").send(), "id");
        assertBadParameter(api.get("api/v1/keys/1-2-3-4-5").as("steward").send(), "id");

        Api.Reply unknown = api.get("api/v1/keys/" + UUID.randomUUID()).as("steward").send();
        assertEquals(404, unknown.status(), unknown.toString());
        assertEquals("application/problem+json", unknown.header("Content-Type"));
        assertEquals("https://mdmhub.org/problems/not-found", unknown.json().get("type").asText());
    }

    @Test
    void thePlmAccountSeesOnlyItsOwnSystem() {
        String plm = Keycloak.serviceToken("plm-publisher", "plm-publisher-demo-secret");

        Api.Reply own = api.get(resolvePath(PLM, plmKey, "A")).token(plm).send();
        assertEquals(200, own.status(), own.toString());
        assertEquals(List.of(itemA + " item " + itemNumber + "/A A"), records(own.json()));

        Api.Reply other = api.get(resolvePath("odoo", "mdm.item_" + itemA, null)).token(plm).send();
        assertEquals(403, other.status(), other.toString());
        assertEquals("application/problem+json", other.header("Content-Type"));
        assertEquals("https://mdmhub.org/problems/forbidden", other.json().get("type").asText());
        assertEquals(403, api.get(resolvePath("odoo", supplierNumber, null)).token(plm).send().status());

        Api.Reply item = api.get("api/v1/keys/" + itemA).token(plm).send();
        assertEquals(200, item.status(), item.toString());
        assertEquals(List.of(PLM + " " + plmKey + " A"), describe(item.json().get("keys")),
                "its own key only, not where the item went");

        for (String notFromPlm : List.of(supplier, hubItem)) {
            Api.Reply hidden = api.get("api/v1/keys/" + notFromPlm).token(plm).send();
            assertEquals(404, hidden.status(), hidden.toString());
            assertEquals("https://mdmhub.org/problems/not-found", hidden.json().get("type").asText());
        }
    }

    @Test
    void otherBusinessRolesMayNotReadKeys() {
        for (String user : List.of("viewer", "engineer", "finance")) {
            assertEquals(403, api.get("api/v1/keys/" + itemA).as(user).send().status(), user);
            assertEquals(403, api.get(resolvePath(PLM, plmKey, null)).as(user).send().status(), user);
        }
        String subscriber = Keycloak.serviceToken("demo-subscriber", "demo-subscriber-demo-secret");
        assertEquals(403, api.get("api/v1/keys/" + itemA).token(subscriber).send().status());
    }

    private String create(String collection, String body) {
        Api.Reply created = api.post("api/v1/" + collection).as("steward").json(body).send();
        assertEquals(201, created.status(), created.toString());
        return created.json().get("id").asText();
    }

    private JsonNode resolve(String user, String system, String key, String revision) {
        Api.Reply reply = api.get(resolvePath(system, key, revision)).as(user).send();
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static String resolvePath(String system, String key, String revision) {
        return "api/v1/keys?system=" + encode(system) + "&key=" + encode(key)
                + (revision == null ? "" : "&revision=" + encode(revision));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** "id domain businessKey revision" per record, revision "-" when there is none. */
    private static List<String> records(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(r -> r.get("id").asText() + " "
                + r.get("domain").asText() + " " + r.get("businessKey").asText() + " "
                + (r.has("revision") ? r.get("revision").asText() : "-")).toList();
    }

    /** "system key revision" per key. */
    private static List<String> describe(JsonNode keys) {
        return StreamSupport.stream(keys.spliterator(), false).map(k -> k.get("system").asText() + " "
                + k.path("key").asText() + " " + k.path("revision").asText()).toList();
    }

    private static void assertBadParameter(Api.Reply reply, String parameter) {
        assertEquals(400, reply.status(), reply.toString());
        assertEquals("application/problem+json", reply.header("Content-Type"));
        JsonNode problem = reply.json();
        assertEquals("https://mdmhub.org/problems/bad-parameter", problem.get("type").asText());
        assertEquals(parameter, problem.get("errors").get(0).get("field").asText(), problem.toString());
    }
}
