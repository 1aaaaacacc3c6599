package org.mdmhub.mdm.lifecycle.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.inject.spi.CDI;
import java.net.URI;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mdmhub.mdm.lifecycle.domain.ChangeRequestStatus;
import org.mdmhub.mdm.lifecycle.flowable.EngineStatements;
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.Keycloak;
import org.mdmhub.mdm.testsupport.MdmDeployment;

/**
 * {@code GET /change-requests} reads a page of requests, their records, decisions and open tasks in a fixed number
 * of statements: a page of 20 costs what a page of 3 does, through JPA and through the workflow engine alike. The
 * requests are made through the API (as a client); the count runs inside the server, around the read use case.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChangeRequestReadingIT {
    private static final int REQUESTS = 20;

    @Deployment
    static WebArchive deployment() {
        return MdmDeployment.war()
                .addClasses(ChangeRequestReadingIT.class, StatementCount.class, EngineStatements.class, Api.class, Items.class, Keycloak.class);
    }

    /** 20 requests in review, each with a record, one decision taken and one task still open. */
    @Test
    @Order(1)
    @RunAsClient
    void twentyRequestsAreInReviewWithADecisionAndAnOpenTaskEach() throws Exception {
        int offset = Integer.getInteger("it.port.offset", 200);
        Api api = new Api(URI.create("http://127.0.0.1:" + (8080 + offset) + "/").toURL());
        for (int i = 0; i < REQUESTS; i++) {
            Api.Reply item = api.post("api/v1/items").as("steward").json(Items.body(Items.newNumber("CRR"), "Read model " + i)
                    .replace("\"type\":\"component\"", "\"type\":\"finished\"")).send();
            assertEquals(201, item.status(), item.toString());
            Api.Reply submitted = api.post("api/v1/items/" + item.json().get("id").asText() + "/submit").as("steward").send();
            assertEquals(200, submitted.status(), submitted.toString());
            String crId = submitted.json().get("id").asText();
            JsonNode inbox = api.get("api/v1/tasks").as("engineer").send().json();
            String task = StreamSupport.stream(inbox.spliterator(), false)
                    .filter(t -> t.get("changeRequestId").asText().equals(crId)
                            && t.get("group").asText().equals("mdm-approver-engineering")).map(t -> t.get("id").asText())
                    .findFirst().orElseThrow(() -> new AssertionError("no engineering task for " + crId + " in " + inbox));
            assertEquals(204, api.post("api/v1/tasks/" + task + "/approve").as("engineer").json("{}").send().status());
        }
    }

    @Test
    @Order(2)
    void aPageOfTwentyCostsTheStatementsOfAPageOfThree() {
        ChangeRequestReading reading = CDI.current().select(ChangeRequestReading.class).get();
        StatementCount count = CDI.current().select(StatementCount.class).get();
        count.of(() -> reading.recent(ChangeRequestStatus.IN_REVIEW, REQUESTS, false)); // caches warm, not counted

        StatementCount.Counted<List<ChangeRequestSnapshot>> three =
                count.of(() -> reading.recent(ChangeRequestStatus.IN_REVIEW, 3, false));
        StatementCount.Counted<List<ChangeRequestSnapshot>> twenty =
                count.of(() -> reading.recent(ChangeRequestStatus.IN_REVIEW, REQUESTS, false));

        assertEquals(3, three.result().size());
        assertEquals(REQUESTS, twenty.result().size());
        // the page holds what a per-request look-up would fetch: records, decisions and open tasks in each request
        for (ChangeRequestSnapshot cr : twenty.result()) {
            assertEquals(1, cr.records().size(), cr.toString());
            assertEquals(1, cr.decisions().size(), cr.toString());
            assertEquals(1, cr.openTasks().size(), cr.toString());
            assertEquals("mdm-approver-quality", cr.openTasks().get(0).group(), cr.toString());
        }
        assertTrue(three.jpaStatements() > 0 && !three.engineStatements().isEmpty(), "both counters see statements: " + three);
        assertEquals(three.jpaStatements(), twenty.jpaStatements(), "statements through JPA, 3 vs 20 requests");
        assertEquals(three.engineStatements().size(), twenty.engineStatements().size(),
                "statements of the workflow engine, 3 vs 20 requests: " + three + " / " + twenty);
    }
}
