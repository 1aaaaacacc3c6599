package org.mdmhub.mdm.partner.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mdmhub.mdm.testsupport.PartnerBodies.IBAN;
import static org.mdmhub.mdm.testsupport.PartnerBodies.IBAN_MASKED;
import static org.mdmhub.mdm.testsupport.PartnerBodies.OTHER_IBAN;
import static org.mdmhub.mdm.testsupport.PartnerBodies.OTHER_IBAN_MASKED;
import static org.mdmhub.mdm.testsupport.PartnerBodies.asRequest;
import static org.mdmhub.mdm.testsupport.PartnerBodies.bankAccount;
import static org.mdmhub.mdm.testsupport.PartnerBodies.customer;
import static org.mdmhub.mdm.testsupport.PartnerBodies.supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URL;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.MdmDeployment;

/**
 * Suppliers and customers through the common lifecycle on the real server, database, Keycloak and Flowable:
 * the approval rules route bank changes to finance and large credit raises to finance, readers keep seeing the
 * released version until approval, and a change request's supplier proposal is masked like the supplier API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerLifecycleIT {
    private static final String PROCUREMENT = "mdm-approver-procurement";
    private static final String FINANCE = "mdm-approver-finance";
    private static final String SALES = "mdm-approver-sales";
    private static final String ENGINEERING = "mdm-approver-engineering";
    /** The demo user who approves for each group. */
    private static final Map<String, String> APPROVER = Map.of(PROCUREMENT, "buyer", FINANCE, "finance", SALES, "sales",
            ENGINEERING, "engineer");

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

    private String create(String collection, String author, String body) {
        Api.Reply created = api.post("api/v1/" + collection).as(author).json(body).send();
        assertEquals(201, created.status(), created.toString());
        return created.json().get("id").asText();
    }

    private JsonNode read(String collection, String id, String reader) {
        Api.Reply read = api.get("api/v1/" + collection + "/" + id).as(reader).send();
        assertEquals(200, read.status(), read.toString());
        return read.json();
    }

    private JsonNode submit(String collection, String id) {
        Api.Reply submitted = api.post("api/v1/" + collection + "/" + id + "/submit").as("steward").send();
        assertEquals(200, submitted.status(), submitted.toString());
        return submitted.json();
    }

    /** Opens and submits a change request (as steward2) proposing {@code proposed} for a released record. */
    private JsonNode proposeChange(String type, String id, JsonNode proposed) {
        Api.Reply opened = api.post("api/v1/change-requests").as("steward2").json("{\"title\":\"Change " + type
                + "\",\"records\":[{\"type\":\"" + type + "\",\"id\":\"" + id + "\",\"proposed\":" + proposed + "}]}").send();
        assertEquals(201, opened.status(), opened.toString());
        Api.Reply submitted = api.post("api/v1/change-requests/" + opened.json().get("id").asText() + "/submit")
                .as("steward2").send();
        assertEquals(200, submitted.status(), submitted.toString());
        return submitted.json();
    }

    private JsonNode changeRequest(String id, String reader) {
        return api.get("api/v1/change-requests/" + id).as(reader).send().json();
    }

    private static Set<String> groups(JsonNode changeRequest) {
        Set<String> groups = new TreeSet<>();
        changeRequest.get("openTasks").forEach(t -> groups.add(t.get("group").asText()));
        return groups;
    }

    /** The open task of a change request for one group, as seen in that approver's inbox. */
    private String taskFor(String approver, String changeRequestId, String group) {
        JsonNode tasks = api.get("api/v1/tasks").as(approver).send().json();
        return StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> t.get("changeRequestId").asText().equals(changeRequestId) && t.get("group").asText().equals(group))
                .map(t -> t.get("id").asText()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + group + " task for " + approver + " in " + tasks));
    }

    private Api.Reply approve(String approver, String changeRequestId, String group) {
        return api.post("api/v1/tasks/" + taskFor(approver, changeRequestId, group) + "/approve").as(approver).json("{}").send();
    }

    /** Every open task of the change request approved by its group's demo approver. */
    private void approveAll(JsonNode changeRequest) {
        String id = changeRequest.get("id").asText();
        for (String group : groups(changeRequest)) {
            Api.Reply approved = approve(APPROVER.get(group), id, group);
            assertEquals(204, approved.status(), approved.toString());
        }
        assertEquals("RELEASED", changeRequest(id, "viewer").get("status").asText());
    }

    private String releasedSupplier(String name) {
        String id = create("suppliers", "steward", supplier(Items.newNumber("PLS"), name));
        approveAll(submit("suppliers", id));
        return id;
    }

    private String releasedCustomer(String creditLimit) {
        String id = create("customers", "steward", customer(Items.newNumber("PLC"), "Globex SARL", "ok",
                "creditLimit", "{\"amount\":" + creditLimit + ",\"currency\":\"EUR\"}"));
        approveAll(submit("customers", id));
        return id;
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode proposedIn(JsonNode changeRequest) {
        return changeRequest.get("records").get(0).get("proposed");
    }

    @Test
    void aNewSupplierNeedsFinanceOnlyWhenItHasABankAccount() {
        String withAccount = create("suppliers", "steward", supplier(Items.newNumber("PLS"), "Acme GmbH"));
        JsonNode cr = submit("suppliers", withAccount);
        assertEquals(Set.of(PROCUREMENT, FINANCE), groups(cr));
        assertEquals("IN_REVIEW", read("suppliers", withAccount, "viewer").get("state").asText());

        assertEquals(204, approve("buyer", cr.get("id").asText(), PROCUREMENT).status());
        assertEquals("IN_REVIEW", read("suppliers", withAccount, "viewer").get("state").asText(), "finance has not approved yet");
        assertEquals(204, approve("finance", cr.get("id").asText(), FINANCE).status());
        assertEquals("RELEASED", read("suppliers", withAccount, "viewer").get("state").asText());

        String withoutAccount = create("suppliers", "steward", supplier(Items.newNumber("PLS"), "Acme GmbH", "bankAccounts", null));
        assertEquals(Set.of(PROCUREMENT), groups(submit("suppliers", withoutAccount)));
    }

    @Test
    void aReleasedSupplierIsEditedOnlyThroughAChangeRequest() {
        String id = releasedSupplier("Acme GmbH");
        Api.Reply current = api.get("api/v1/suppliers/" + id).as("steward").send();
        Api.Reply put = api.put("api/v1/suppliers/" + id).as("steward").header("If-Match", current.header("ETag"))
                .json(asRequest(current.json()).put("legalName", "Acme Holding GmbH").toString()).send();

        assertEquals(409, put.status(), put.toString());
        assertEquals("https://mdmhub.org/problems/illegal-transition", put.json().get("type").asText());
    }

    @Test
    void aBankChangeNeedsFinanceAndReadersSeeTheReleasedSupplierUntilApproval() {
        String id = releasedSupplier("Acme GmbH");
        JsonNode released = read("suppliers", id, "steward");
        int version = released.get("version").asInt();
        ObjectNode proposed = asRequest(released);
        proposed.set("bankAccounts", json("[" + bankAccount(null, OTHER_IBAN) + "]"));

        JsonNode cr = proposeChange("supplier", id, proposed);
        String crId = cr.get("id").asText();
        assertEquals(Set.of(PROCUREMENT, FINANCE), groups(cr));

        assertEquals(OTHER_IBAN_MASKED, proposedIn(changeRequest(crId, "steward")).get("bankAccounts").get(0).get("iban").asText());
        assertEquals(OTHER_IBAN_MASKED, proposedIn(changeRequest(crId, "buyer")).get("bankAccounts").get(0).get("iban").asText());
        assertEquals(OTHER_IBAN, proposedIn(changeRequest(crId, "finance")).get("bankAccounts").get(0).get("iban").asText());
        assertEquals(OTHER_IBAN, proposedIn(changeRequest(crId, "admin")).get("bankAccounts").get(0).get("iban").asText());
        assertFalse(cr.toString().contains(OTHER_IBAN), "the submitting steward's answer is masked too: " + cr);

        assertEquals(204, approve("buyer", crId, PROCUREMENT).status());
        JsonNode during = read("suppliers", id, "finance");
        assertEquals(IBAN, during.get("bankAccounts").get(0).get("iban").asText(), "readers see the released supplier during review");
        assertEquals(version, during.get("version").asInt());

        assertEquals(204, approve("finance", crId, FINANCE).status());
        JsonNode after = read("suppliers", id, "finance");
        assertEquals(OTHER_IBAN, after.get("bankAccounts").get(0).get("iban").asText());
        assertEquals(version + 1, after.get("version").asInt());
        assertEquals("RELEASED", after.get("state").asText());
    }

    @Test
    void aNameChangeSentBackWithTheMaskedIbanNeedsOnlyProcurementAndKeepsTheAccount() {
        String id = releasedSupplier("Acme GmbH");
        JsonNode released = read("suppliers", id, "steward");
        assertEquals(IBAN_MASKED, released.get("bankAccounts").get(0).get("iban").asText());
        int version = released.get("version").asInt();

        JsonNode cr = proposeChange("supplier", id, asRequest(released).put("legalName", "Acme Holding GmbH"));
        assertEquals(Set.of(PROCUREMENT), groups(cr), "the masked IBAN sent back is the stored one: no bank change");
        assertEquals(IBAN, proposedIn(changeRequest(cr.get("id").asText(), "finance")).get("bankAccounts").get(0).get("iban").asText(),
                "the proposal keeps the stored IBAN, not its mask");
        assertEquals("Acme GmbH", read("suppliers", id, "viewer").get("legalName").asText());

        approveAll(cr);
        JsonNode after = read("suppliers", id, "finance");
        assertEquals("Acme Holding GmbH", after.get("legalName").asText());
        assertEquals(IBAN, after.get("bankAccounts").get(0).get("iban").asText());
        assertEquals(version + 1, after.get("version").asInt());
    }

    @Test
    void aCreditRaiseOfMoreThan10000NeedsFinanceASmallerOneOnlySales() {
        String id = releasedCustomer("5000");
        JsonNode released = read("customers", id, "steward");
        int version = released.get("version").asInt();

        ObjectNode bigRaise = asRequest(released);
        bigRaise.set("creditLimit", json("{\"amount\":20000,\"currency\":\"EUR\"}"));
        JsonNode big = proposeChange("customer", id, bigRaise);
        assertEquals(Set.of(SALES, FINANCE), groups(big), "raise of 15,000");
        assertEquals(5000, read("customers", id, "viewer").get("creditLimit").get("amount").asInt());
        approveAll(big);
        JsonNode raised = read("customers", id, "viewer");
        assertEquals(20000, raised.get("creditLimit").get("amount").asInt());
        assertEquals(version + 1, raised.get("version").asInt());

        ObjectNode smallRaise = asRequest(raised);
        smallRaise.set("creditLimit", json("{\"amount\":25000,\"currency\":\"EUR\"}"));
        JsonNode small = proposeChange("customer", id, smallRaise);
        assertEquals(Set.of(SALES), groups(small), "raise of 5,000");
        approveAll(small);
        assertEquals(25000, read("customers", id, "viewer").get("creditLimit").get("amount").asInt());

        String bigNew = create("customers", "steward", customer(Items.newNumber("PLC"), "Initech", "ok"));
        assertEquals(Set.of(SALES, FINANCE), groups(submit("customers", bigNew)), "a new customer's whole limit of 50,000 is a raise");
    }

    /**
     * Four eyes over a record's whole history: author-approver (steward and engineering approver) edits a
     * supplier draft that steward created; steward2 puts it in one change request with an item of their own.
     * The item needs engineering, yet author-approver may not approve that task: they authored content of
     * the change request — the supplier. Another engineer may.
     */
    @Test
    void whoeverEditedASupplierDraftCannotApproveTheChangeRequestCarryingIt() {
        String supplierId = create("suppliers", "steward", supplier(Items.newNumber("PLS"), "Acme GmbH"));
        Api.Reply draft = api.get("api/v1/suppliers/" + supplierId).as("author-approver").send();
        Api.Reply edited = api.put("api/v1/suppliers/" + supplierId).as("author-approver").header("If-Match", draft.header("ETag"))
                .json(asRequest(draft.json()).put("legalName", "Acme Deutschland GmbH").toString()).send();
        assertEquals(200, edited.status(), edited.toString());
        String itemId = create("items", "steward2", Items.body(Items.newNumber("PLI"), "Bracket"));

        Api.Reply opened = api.post("api/v1/change-requests").as("steward2").json("{\"title\":\"Onboarding with bracket\","
                + "\"records\":[{\"type\":\"supplier\",\"id\":\"" + supplierId + "\"},{\"type\":\"item\",\"id\":\"" + itemId + "\"}]}").send();
        assertEquals(201, opened.status(), opened.toString());
        String crId = opened.json().get("id").asText();
        JsonNode cr = api.post("api/v1/change-requests/" + crId + "/submit").as("steward2").send().json();
        assertEquals(Set.of(ENGINEERING, PROCUREMENT, FINANCE), groups(cr));

        Api.Reply own = approve("author-approver", crId, ENGINEERING);
        assertEquals(403, own.status(), own.toString());
        assertTrue(own.json().get("detail").asText().contains("Four eyes"), own.toString());

        approveAll(cr);
        assertEquals("RELEASED", read("suppliers", supplierId, "viewer").get("state").asText());
        assertEquals("Acme Deutschland GmbH", read("suppliers", supplierId, "viewer").get("legalName").asText());
        assertEquals("RELEASED", read("items", itemId, "viewer").get("state").asText());
    }

    @Test
    void aCreditBlockActsAtOnceWithItsReasonAndIsLiftedThroughSales() {
        String id = releasedCustomer("5000");
        Api.Reply blocked = api.post("api/v1/customers/" + id + "/block").as("steward")
                .json("{\"reason\":\"credit block: invoices 90 days overdue\"}").send();
        assertEquals(204, blocked.status(), blocked.toString());

        assertEquals("BLOCKED", read("customers", id, "viewer").get("state").asText());
        JsonNode history = api.get("api/v1/customers/" + id + "/history").as("viewer").send().json();
        JsonNode last = history.get(history.size() - 1);
        assertEquals("BLOCKED", last.get("state").asText());
        assertEquals("blocked: credit block: invoices 90 days overdue", last.get("reason").asText());
        assertEquals("steward", last.get("author").asText());

        Api.Reply unblock = api.post("api/v1/customers/" + id + "/unblock").as("steward")
                .json("{\"reason\":\"paid in full\"}").send();
        assertEquals(200, unblock.status(), unblock.toString());
        assertEquals(Set.of(SALES), groups(unblock.json()));
        assertEquals("BLOCKED", read("customers", id, "viewer").get("state").asText(), "an unblock waits for approval");
        approveAll(unblock.json());
        assertEquals("RELEASED", read("customers", id, "viewer").get("state").asText());
    }
}
