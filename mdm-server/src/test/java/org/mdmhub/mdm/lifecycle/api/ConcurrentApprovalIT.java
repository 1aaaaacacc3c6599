package org.mdmhub.mdm.lifecycle.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.MdmDeployment;
import org.mdmhub.mdm.testsupport.PartnerBodies;

/**
 * Two approvers of one change request (procurement and finance for a new supplier with a bank account) who
 * decide at the same instant do not conflict: the server serialises their decisions, neither gets a 409, and
 * the request is released.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentApprovalIT {
    private static final int ROUNDS = 100;
    private static final Map<String, String> APPROVER = Map.of(
            "mdm-approver-procurement", "buyer", "mdm-approver-finance", "finance");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MdmDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void twoGroupsApprovingTheSameRequestAtTheSameInstantBothSucceed() throws Exception {
        Api api = new Api(base);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> failures = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Api.Reply created = api.post("api/v1/suppliers").as("steward")
                        .json(PartnerBodies.supplier(Items.newNumber("CAP"), "Acme GmbH")).send();
                assertEquals(201, created.status(), created.toString());
                String id = created.json().get("id").asText();
                Api.Reply submitted = api.post("api/v1/suppliers/" + id + "/submit").as("steward").send();
                assertEquals(200, submitted.status(), submitted.toString());
                JsonNode tasks = submitted.json().get("openTasks");
                assertEquals(2, tasks.size(), submitted.toString());

                CyclicBarrier together = new CyclicBarrier(2);
                List<CompletableFuture<Api.Reply>> decisions = new ArrayList<>();
                for (JsonNode task : tasks) {
                    // each approver's token is fetched before the barrier, so the two POSTs leave together
                    Api.Call approve = api.post("api/v1/tasks/" + task.get("id").asText() + "/approve")
                            .as(APPROVER.get(task.get("group").asText())).json("{}");
                    decisions.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            together.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return approve.send();
                    }, pool));
                }
                for (CompletableFuture<Api.Reply> decision : decisions) {
                    Api.Reply reply = decision.get();
                    if (reply.status() != 204) {
                        failures.add("round " + round + ": " + reply);
                    }
                }
                String status = api.get("api/v1/suppliers/" + id).as("viewer").send().json().get("state").asText();
                if (!"RELEASED".equals(status)) {
                    failures.add("round " + round + ": supplier " + id + " is " + status);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), failures);
    }
}
