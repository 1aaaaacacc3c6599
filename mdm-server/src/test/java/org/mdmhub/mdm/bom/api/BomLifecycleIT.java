package org.mdmhub.mdm.bom.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.MdmDeployment;

/** BOMs under the lifecycle: released only with released components; obsoleting a used item needs where-used acknowledged. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BomLifecycleIT {

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

    private String draftItem(String number) {
        Api.Reply reply = api.post("api/v1/items").as("steward").json(Items.body(number, "Part " + number)).send();
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().get("id").asText();
    }

    /** Submits a record for approval; returns the change request id. */
    private String submit(String collection, String id) {
        Api.Reply submitted = api.post("api/v1/" + collection + "/" + id + "/submit").as("steward").send();
        assertEquals(200, submitted.status(), submitted.toString());
        return submitted.json().get("id").asText();
    }

    /** Engineering approves the open task of a change request; returns the reply. */
    private Api.Reply approve(String changeRequestId) {
        String task = StreamSupport.stream(api.get("api/v1/tasks").as("engineer").send().json().spliterator(), false)
                .filter(t -> t.get("changeRequestId").asText().equals(changeRequestId)).findFirst().orElseThrow().get("id").asText();
        return api.post("api/v1/tasks/" + task + "/approve").as("engineer").json("{}").send();
    }

    private Api.Reply submitAndApprove(String collection, String id) {
        return approve(submit(collection, id));
    }

    private String state(String collection, String id) {
        return api.get("api/v1/" + collection + "/" + id).as("viewer").send().json().get("state").asText();
    }

    @Test
    void aBomIsReleasedOnlyWithReleasedComponentsAndSupersedesItsPredecessor() {
        String parent = Items.newNumber("ASSY");
        String component = Items.newNumber("COMP");
        draftItem(parent);
        String componentId = draftItem(component);

        Api.Reply bom = api.post("api/v1/boms").as("steward").json(Boms.of(parent).line(10, component, null, "2", "C62").json()).send();
        assertEquals(201, bom.status(), bom.toString());
        String bomId = bom.json().get("id").asText();

        String bomChange = submit("boms", bomId);
        Api.Reply early = approve(bomChange);
        assertEquals(400, early.status(), "the component is still a draft: " + early);
        assertEquals("lines[0].component", early.json().get("errors").get(0).get("field").asText());
        assertEquals("IN_REVIEW", state("boms", bomId), "nothing released, the approval can be given again later");

        assertEquals(204, submitAndApprove("items", componentId).status());
        assertEquals(204, approve(bomChange).status());
        assertEquals("RELEASED", state("boms", bomId));

        Api.Reply next = api.post("api/v1/boms/" + bomId + "/revisions").as("steward").send();
        assertEquals(201, next.status(), next.toString());
        String nextId = next.json().get("id").asText();
        assertEquals(204, submitAndApprove("boms", nextId).status());
        assertEquals("RELEASED", state("boms", nextId));
        assertEquals("SUPERSEDED", state("boms", bomId));
    }

    @Test
    void aBlockedComponentStopsARelease() {
        String parent = Items.newNumber("ASSY");
        String component = Items.newNumber("COMP");
        draftItem(parent);
        String componentId = draftItem(component);
        assertEquals(204, submitAndApprove("items", componentId).status());
        assertEquals(204, api.post("api/v1/items/" + componentId + "/block").as("quality")
                .json("{\"reason\":\"quality hold\"}").send().status());

        String bomId = api.post("api/v1/boms").as("steward").json(Boms.of(parent).line(10, component, "A", "1", "C62").json())
                .send().json().get("id").asText();
        Api.Reply refused = submitAndApprove("boms", bomId);
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.json().get("errors").get(0).get("message").asText().contains("BLOCKED"), refused.toString());
        assertEquals("IN_REVIEW", api.get("api/v1/boms/" + bomId).as("viewer").send().json().get("state").asText(),
                "a refused release leaves the BOM in review");
    }

    @Test
    void obsoletingAnItemUsedByAReleasedBomNeedsTheWhereUsedListAcknowledged() {
        String parent = Items.newNumber("ASSY");
        String component = Items.newNumber("COMP");
        draftItem(parent);
        String componentId = draftItem(component);
        assertEquals(204, submitAndApprove("items", componentId).status());
        String bomId = api.post("api/v1/boms").as("steward").json(Boms.of(parent).line(10, component, null, "1", "C62").json())
                .send().json().get("id").asText();
        assertEquals(204, submitAndApprove("boms", bomId).status());

        Api.Reply refused = api.post("api/v1/items/" + componentId + "/obsolete").as("steward")
                .json("{\"reason\":\"end of life\"}").send();
        assertEquals(409, refused.status(), refused.toString());
        assertEquals("acknowledgeWhereUsed", refused.json().get("errors").get(0).get("field").asText());
        assertTrue(refused.json().get("errors").get(0).get("message").asText().contains(parent), refused.toString());

        Api.Reply acknowledged = api.post("api/v1/items/" + componentId + "/obsolete").as("steward")
                .json("{\"reason\":\"end of life\",\"acknowledgeWhereUsed\":true}").send();
        assertEquals(200, acknowledged.status(), acknowledged.toString());
    }
}
