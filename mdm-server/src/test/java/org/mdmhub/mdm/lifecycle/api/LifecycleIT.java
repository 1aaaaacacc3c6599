package org.mdmhub.mdm.lifecycle.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import org.mdmhub.mdm.testsupport.Await;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.MdmDeployment;

/** Draft → in review → approved → released through the Flowable workflow, with real users and roles. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LifecycleIT {

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

    private String createItem(String author, String type, String name) {
        Api.Reply created = api.post("api/v1/items").as(author).json(
                Items.body(Items.newNumber("LC"), name).replace("\"type\":\"component\"", "\"type\":\"" + type + "\"")).send();
        assertEquals(201, created.status(), created.toString());
        return created.json().get("id").asText();
    }

    private JsonNode item(String id) {
        return api.get("api/v1/items/" + id).as("viewer").send().json();
    }

    private JsonNode submit(String author, String itemId) {
        Api.Reply submitted = api.post("api/v1/items/" + itemId + "/submit").as(author).send();
        assertEquals(200, submitted.status(), submitted.toString());
        return submitted.json();
    }

    /** The open task of a change request for one group, as seen in that approver's inbox. */
    private String taskFor(String approver, String changeRequestId, String group) {
        JsonNode tasks = api.get("api/v1/tasks").as(approver).send().json();
        return StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> t.get("changeRequestId").asText().equals(changeRequestId) && t.get("group").asText().equals(group))
                .map(t -> t.get("id").asText()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + group + " task for " + approver + " in " + tasks));
    }

    private Api.Reply approve(String approver, String taskId) {
        return api.post("api/v1/tasks/" + taskId + "/approve").as(approver).json("{}").send();
    }

    private static Set<String> groups(JsonNode changeRequest) {
        Set<String> groups = new TreeSet<>();
        changeRequest.get("openTasks").forEach(t -> groups.add(t.get("group").asText()));
        return groups;
    }

    @Test
    void aFinishedItemNeedsEngineeringAndQualityBeforeItIsReleased() {
        String id = createItem("steward", "finished", "Pump assembly");
        JsonNode cr = submit("steward", id);
        String crId = cr.get("id").asText();
        assertEquals("IN_REVIEW", cr.get("status").asText());
        assertEquals(Set.of("mdm-approver-engineering", "mdm-approver-quality"), groups(cr));
        assertEquals("IN_REVIEW", item(id).get("state").asText());
        String etag = api.get("api/v1/items/" + id).as("viewer").send().header("ETag");
        Api.Reply edit = api.put("api/v1/items/" + id).as("steward").header("If-Match", etag)
                .json(Items.body(item(id).get("itemNumber").asText(), "edited in review")).send();
        assertEquals(409, edit.status(), "a record in review cannot be edited: " + edit);
        assertEquals("https://mdmhub.org/problems/illegal-transition", edit.json().get("type").asText());

        assertEquals(204, approve("engineer", taskFor("engineer", crId, "mdm-approver-engineering")).status());
        assertEquals("IN_REVIEW", item(id).get("state").asText(), "one of two approvals is not enough");

        assertEquals(204, approve("quality", taskFor("quality", crId, "mdm-approver-quality")).status());
        JsonNode released = item(id);
        assertEquals("RELEASED", released.get("state").asText());

        JsonNode after = api.get("api/v1/change-requests/" + crId).as("viewer").send().json();
        assertEquals("RELEASED", after.get("status").asText());
        assertEquals(2, after.get("decisions").size());
        assertEquals(0, after.get("openTasks").size());
        JsonNode history = api.get("api/v1/items/" + id + "/history").as("viewer").send().json();
        List<String> states = StreamSupport.stream(history.spliterator(), false).map(h -> h.get("state").asText()).toList();
        // approval and release happen in one transaction when no release date is set: one revision
        assertEquals(List.of("DRAFT", "IN_REVIEW", "RELEASED"), states);
        assertEquals("quality", history.get(2).get("author").asText(), "the last approver released it");
        assertTrue(history.get(2).get("reason").asText().startsWith("approved by quality"), history.toString());
    }

    @Test
    void theAuthorCannotApproveTheirOwnChangeButASecondApproverCan() {
        String id = createItem("author-approver", "component", "Gear wheel");
        String crId = submit("author-approver", id).get("id").asText();
        String task = taskFor("author-approver", crId, "mdm-approver-engineering");

        Api.Reply own = approve("author-approver", task);
        assertEquals(403, own.status(), own.toString());
        assertTrue(own.json().get("detail").asText().contains("Four eyes"));
        assertEquals("IN_REVIEW", item(id).get("state").asText());

        assertEquals(204, approve("engineer", task).status());
        assertEquals("RELEASED", item(id).get("state").asText());
    }

    @Test
    void aRejectionNeedsACommentAndReturnsTheDraftWithTheCommentInItsHistory() {
        String id = createItem("steward", "component", "Spacer");
        String crId = submit("steward", id).get("id").asText();
        String task = taskFor("engineer", crId, "mdm-approver-engineering");

        assertEquals(400, api.post("api/v1/tasks/" + task + "/reject").as("engineer").json("{}").send().status());
        Api.Reply rejected = api.post("api/v1/tasks/" + task + "/reject").as("engineer")
                .json("{\"comment\":\"wrong material: use stainless\"}").send();
        assertEquals(204, rejected.status(), rejected.toString());

        assertEquals("DRAFT", item(id).get("state").asText());
        JsonNode history = api.get("api/v1/items/" + id + "/history").as("viewer").send().json();
        JsonNode last = history.get(history.size() - 1);
        assertEquals("DRAFT", last.get("state").asText());
        assertEquals("rejected: wrong material: use stainless", last.get("reason").asText());
        assertEquals("REJECTED", api.get("api/v1/change-requests/" + crId).as("viewer").send().json().get("status").asText());
    }

    @Test
    void aChangeToAReleasedItemIsSeenOnlyAfterApprovalAsTheNextVersion() {
        String id = createItem("steward", "component", "Bushing");
        String first = submit("steward", id).get("id").asText();
        assertEquals(204, approve("engineer", taskFor("engineer", first, "mdm-approver-engineering")).status());
        JsonNode released = item(id);
        assertEquals("RELEASED", released.get("state").asText());
        int version = released.get("version").asInt();

        String proposed = Items.body(released.get("itemNumber").asText(), "Bushing bronze");
        Api.Reply opened = api.post("api/v1/change-requests").as("steward2").json(
                "{\"title\":\"Bronze bushing\",\"records\":[{\"type\":\"item\",\"id\":\"" + id + "\",\"proposed\":" + proposed + "}]}").send();
        assertEquals(201, opened.status(), opened.toString());
        String crId = opened.json().get("id").asText();
        assertEquals(200, api.post("api/v1/change-requests/" + crId + "/submit").as("steward2").send().status());

        assertEquals("Bushing", item(id).get("name").asText(), "readers see the released version during review");
        assertEquals(version, item(id).get("version").asInt());

        assertEquals(204, approve("engineer", taskFor("engineer", crId, "mdm-approver-engineering")).status());
        JsonNode after = item(id);
        assertEquals("Bushing bronze", after.get("name").asText());
        assertEquals(version + 1, after.get("version").asInt());
        assertEquals("RELEASED", after.get("state").asText());
    }

    @Test
    void aFutureReleaseDateReleasesWhenTheTimerFires() {
        String id = createItem("steward", "component", "Scheduled pin");
        // ample for the three calls below on a loaded machine; what is checked is read from history, not from our clock
        Instant releaseAt = Instant.now().plusSeconds(10);
        Api.Reply opened = api.post("api/v1/change-requests").as("steward").json("{\"title\":\"Scheduled\",\"releaseAt\":\""
                + releaseAt + "\",\"records\":[{\"type\":\"item\",\"id\":\"" + id + "\"}]}").send();
        String crId = opened.json().get("id").asText();
        assertEquals(200, api.post("api/v1/change-requests/" + crId + "/submit").as("steward").send().status());
        assertEquals(204, approve("engineer", taskFor("engineer", crId, "mdm-approver-engineering")).status());

        Await.until("the timer's release", Duration.ofSeconds(60), () -> "RELEASED".equals(item(id).get("state").asText()));
        JsonNode history = api.get("api/v1/items/" + id + "/history").as("viewer").send().json();
        Instant approvedAt = changedAt(history, "APPROVED");
        Instant releasedAt = changedAt(history, "RELEASED");
        assertTrue(approvedAt.isBefore(releaseAt), "approved before the release date: " + history);
        assertFalse(releasedAt.isBefore(releaseAt), "released at " + releasedAt + ", before its date " + releaseAt);
    }

    /** When the server recorded the record reaching this state (its first history entry in it). */
    private static Instant changedAt(JsonNode history, String state) {
        return StreamSupport.stream(history.spliterator(), false).filter(e -> state.equals(e.get("state").asText()))
                .map(e -> Instant.parse(e.get("changedAt").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + state + " entry in " + history));
    }

    /** Creates drafts through the API and opens one change request carrying them all. */
    private String batchOf(List<String> bodies) {
        StringBuilder records = new StringBuilder();
        for (String body : bodies) {
            Api.Reply created = api.post("api/v1/items").as("steward").json(body).send();
            assertEquals(201, created.status(), created.toString());
            records.append(records.length() == 0 ? "" : ",")
                    .append("{\"type\":\"item\",\"id\":\"").append(created.json().get("id").asText()).append("\"}");
        }
        Api.Reply opened = api.post("api/v1/change-requests").as("steward")
                .json("{\"title\":\"PLM batch\",\"records\":[" + records + "]}").send();
        assertEquals(201, opened.status(), opened.toString());
        String crId = opened.json().get("id").asText();
        assertEquals(200, api.post("api/v1/change-requests/" + crId + "/submit").as("steward").send().status());
        return crId;
    }

    private static List<String> states(JsonNode changeRequest, Api api) {
        return StreamSupport.stream(changeRequest.get("records").spliterator(), false)
                .map(r -> api.get("api/v1/items/" + r.get("id").asText()).as("viewer").send().json().get("state").asText())
                .distinct().toList();
    }

    @Test
    void aBatchOf200IsApprovedOnceAndReleasedTogether() {
        List<String> bodies = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            bodies.add(Items.body(Items.newNumber("BATCH"), "Batch part " + i));
        }
        String crId = batchOf(bodies);
        JsonNode cr = api.get("api/v1/change-requests/" + crId).as("viewer").send().json();
        assertEquals(200, cr.get("records").size());
        assertEquals(1, cr.get("openTasks").size(), "one approval for the whole batch");

        assertEquals(204, approve("engineer", taskFor("engineer", crId, "mdm-approver-engineering")).status());

        assertEquals(List.of("RELEASED"), states(cr, api));
        assertEquals("RELEASED", api.get("api/v1/change-requests/" + crId).as("viewer").send().json().get("status").asText());
    }

    @Test
    void aBatchWithOneRecordThatFailsAtReleaseReleasesNoneAndNamesIt() {
        String releasedId = createItem("steward", "component", "Holder of a GTIN");
        String gtin = item(releasedId).get("gtin").asText();
        assertEquals(204, approve("engineer", taskFor("engineer", submit("steward", releasedId).get("id").asText(),
                "mdm-approver-engineering")).status());

        List<String> bodies = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            bodies.add(Items.body(Items.newNumber("BAD"), "Batch part " + i));
        }
        String clash = Items.newNumber("CLASH");
        bodies.add(Items.body(clash, "Same GTIN as a released item", "\"gtin\":\"" + gtin + "\","));
        String crId = batchOf(bodies);
        String task = taskFor("engineer", crId, "mdm-approver-engineering");

        Api.Reply refused = approve("engineer", task);
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.json().get("detail").asText().contains(clash), refused.toString());
        assertEquals("gtin", refused.json().get("errors").get(0).get("field").asText());

        JsonNode cr = api.get("api/v1/change-requests/" + crId).as("viewer").send().json();
        assertEquals(List.of("IN_REVIEW"), states(cr, api), "nothing was released, nothing half-applied");
        assertEquals("IN_REVIEW", cr.get("status").asText());
        assertEquals(1, cr.get("openTasks").size(), "the approval can be taken again once the record is fixed");
        assertEquals(0, cr.get("decisions").size());
    }

    @Test
    void aBlockActsAtOnceWhileUnblockAndObsoleteGoThroughApproval() {
        String id = createItem("steward", "component", "Seal");
        assertEquals(204, approve("engineer", taskFor("engineer", submit("steward", id).get("id").asText(),
                "mdm-approver-engineering")).status());

        assertEquals(403, api.post("api/v1/items/" + id + "/block").as("viewer").json("{\"reason\":\"no\"}").send().status());
        assertEquals(400, api.post("api/v1/items/" + id + "/block").as("quality").json("{}").send().status());
        assertEquals(204, api.post("api/v1/items/" + id + "/block").as("quality")
                .json("{\"reason\":\"quality hold: batch 42 leaks\"}").send().status());
        assertEquals("BLOCKED", item(id).get("state").asText());
        JsonNode history = api.get("api/v1/items/" + id + "/history").as("viewer").send().json();
        assertEquals("blocked: quality hold: batch 42 leaks", history.get(history.size() - 1).get("reason").asText());
        assertEquals(409, api.post("api/v1/items/" + id + "/block").as("quality")
                .json("{\"reason\":\"again\"}").send().status(), "a blocked record cannot be blocked again");

        Api.Reply unblock = api.post("api/v1/items/" + id + "/unblock").as("steward").json("{\"reason\":\"retested OK\"}").send();
        assertEquals(200, unblock.status(), unblock.toString());
        assertEquals("BLOCKED", item(id).get("state").asText(), "an unblock waits for its approval");
        assertEquals(204, approve("engineer", taskFor("engineer", unblock.json().get("id").asText(), "mdm-approver-engineering")).status());
        assertEquals("RELEASED", item(id).get("state").asText());

        Api.Reply obsolete = api.post("api/v1/items/" + id + "/obsolete").as("steward").json("{\"reason\":\"end of life\"}").send();
        assertEquals(200, obsolete.status(), obsolete.toString());
        assertEquals(204, approve("engineer", taskFor("engineer", obsolete.json().get("id").asText(), "mdm-approver-engineering")).status());
        assertEquals("OBSOLETE", item(id).get("state").asText());
        assertEquals(409, api.post("api/v1/items/" + id + "/obsolete").as("steward").json("{\"reason\":\"twice\"}").send().status(),
                "obsolete is terminal");
    }

    @Test
    void releasingTheNextRevisionSupersedesThePreviousOne() {
        String a = createItem("steward", "component", "Lever");
        assertEquals(204, approve("engineer", taskFor("engineer", submit("steward", a).get("id").asText(),
                "mdm-approver-engineering")).status());
        Api.Reply b = api.post("api/v1/items/" + a + "/revisions").as("steward").send();
        assertEquals(201, b.status(), b.toString());
        String idB = b.json().get("id").asText();
        assertEquals(204, approve("engineer", taskFor("engineer", submit("steward", idB).get("id").asText(),
                "mdm-approver-engineering")).status());
        assertEquals("RELEASED", item(idB).get("state").asText());
        assertEquals("SUPERSEDED", item(a).get("state").asText());
    }

    @Test
    void aClaimedTaskIsHeldByItsClaimerUntilDelegatedWithinTheGroup() {
        String id = createItem("steward", "finished", "Claimed housing");
        String crId = submit("steward", id).get("id").asText();
        String task = taskFor("quality", crId, "mdm-approver-quality");

        Api.Reply claimed = api.post("api/v1/tasks/" + task + "/claim").as("quality").send();
        assertEquals(200, claimed.status(), claimed.toString());
        assertEquals("quality", claimed.json().get("assignee").asText());
        assertEquals(403, approve("author-approver", task).status(), "held by someone else (and authored by nobody here)");

        Api.Reply delegated = api.post("api/v1/tasks/" + task + "/delegate").as("quality").json("{\"user\":\"author-approver\"}").send();
        assertEquals(204, delegated.status(), delegated.toString());
        assertTrue(StreamSupport.stream(api.get("api/v1/tasks").as("author-approver").send().json().spliterator(), false)
                .anyMatch(t -> t.get("id").asText().equals(task) && "author-approver".equals(t.get("assignee").asText())));
        assertEquals(204, approve("author-approver", task).status(), "a quality approver who authored nothing here may decide");
        assertEquals(204, approve("engineer", taskFor("engineer", crId, "mdm-approver-engineering")).status());
        assertEquals("RELEASED", item(id).get("state").asText());
    }

    @Test
    void changeRequestsAreListedByStatus() {
        String id = createItem("steward", "component", "Listed");
        String crId = submit("steward", id).get("id").asText();
        JsonNode inReview = api.get("api/v1/change-requests?status=in_review&size=200").as("viewer").send().json();
        assertTrue(StreamSupport.stream(inReview.spliterator(), false).anyMatch(cr -> cr.get("id").asText().equals(crId)));
        assertTrue(StreamSupport.stream(inReview.spliterator(), false).allMatch(cr -> cr.get("status").asText().equals("IN_REVIEW")));
        assertEquals(200, api.get("api/v1/change-requests").as("viewer").send().status());
        assertEquals(400, api.get("api/v1/change-requests?status=maybe").as("viewer").send().status());
    }

    @Test
    void onlyAMemberOfTheTaskGroupMayDecide() {
        String id = createItem("steward", "component", "Clip");
        String crId = submit("steward", id).get("id").asText();
        String task = taskFor("engineer", crId, "mdm-approver-engineering");
        assertEquals(403, approve("quality", task).status());
        assertEquals(403, api.post("api/v1/tasks/" + task + "/approve").as("viewer").json("{}").send().status());
        assertEquals(404, approve("engineer", "no-such-task").status());
    }
}
