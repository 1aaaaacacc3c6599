package org.mdmhub.mdm.lifecycle.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.Await;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.MdmDeployment;

/**
 * The approval rules are files: a changed DMN table, deployed with the application, decides the approvals of
 * the next change — no Java changes — while a change already in approval finishes on the rules it started with.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApprovalRulesIT {
    private static final String DMN = "WEB-INF/classes/rules/decisions/approval-groups.dmn";
    private static final String ESCALATION_DMN = "WEB-INF/classes/rules/decisions/approval-escalation.dmn";
    private static final URL BASE = baseUrl();

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = "shipped-rules", managed = false, testable = false)
    static WebArchive shipped() {
        return MdmDeployment.war();
    }

    /**
     * The same application, with one rule added to the decision table (components also need procurement) and
     * approvals due after two seconds instead of three days.
     * Arquillian wants a different archive name; the server's OIDC settings name mdm-server.war, so this copy
     * carries the same settings in its own WEB-INF/oidc.json.
     */
    @Deployment(name = "changed-rules", managed = false, testable = false)
    static WebArchive changed() throws IOException {
        String table = Files.readString(Path.of("..", "rules", "decisions", "approval-groups.dmn"));
        String extraRule = """
                      <rule id="componentProcurement">
                        <inputEntry id="cp1"><text>"item"</text></inputEntry>
                        <inputEntry id="cp2"><text>"component"</text></inputEntry>
                        <inputEntry id="cp3"><text>-</text></inputEntry>
                        <inputEntry id="cp4"><text>-</text></inputEntry>
                        <outputEntry id="cp5"><text>"mdm-approver-procurement"</text></outputEntry>
                      </rule>
                    </decisionTable>""";
        WebArchive war = MdmDeployment.war("mdm-server-changed-rules.war");
        war.delete(DMN);
        war.add(new StringAsset(table.replace("</decisionTable>", extraRule)), DMN);
        String escalation = Files.readString(Path.of("..", "rules", "decisions", "approval-escalation.dmn"));
        war.delete(ESCALATION_DMN);
        war.add(new StringAsset(escalation.replace("\"P3D\"", "\"PT2S\"")), ESCALATION_DMN);
        war.addAsWebInfResource(new StringAsset("{\"provider-url\": \"" + System.getProperty("keycloak.url", "http://localhost:8180")
                + "/realms/mdm\", \"client-id\": \"mdm-api\", \"bearer-only\": true, \"ssl-required\": \"external\","
                + " \"principal-attribute\": \"preferred_username\", \"verify-token-audience\": true}"), "oidc.json");
        return war;
    }

    @Test
    void aChangedDecisionTableDecidesTheNextChangeWhileRunningOnesKeepTheirRules() {
        Api api = new Api(BASE);
        deployer.deploy("shipped-rules");
        String before = submitComponent(api);
        assertEquals(Set.of("mdm-approver-engineering"), openGroups(api, before));
        deployer.undeploy("shipped-rules");

        deployer.deploy("changed-rules");
        try {
            String after = submitComponent(api);
            assertEquals(Set.of("mdm-approver-engineering", "mdm-approver-procurement"), openGroups(api, after));

            assertEquals(Set.of("mdm-approver-engineering"), openGroups(api, before),
                    "the change submitted earlier keeps the approvals it started with");
            String task = StreamSupport.stream(api.get("api/v1/change-requests/" + before).as("viewer").send().json()
                    .get("openTasks").spliterator(), false).findFirst().orElseThrow().get("id").asText();
            assertEquals(204, api.post("api/v1/tasks/" + task + "/approve").as("engineer").json("{}").send().status());
            assertEquals("RELEASED", api.get("api/v1/change-requests/" + before).as("viewer").send().json()
                    .get("status").asText());
        } finally {
            deployer.undeploy("changed-rules");
        }
    }

    @Test
    void anOverdueApprovalIsFlaggedAndOfferedToTheEscalationGroup() throws Exception {
        Api api = new Api(BASE);
        deployer.deploy("changed-rules");
        try {
            String changeRequest = submitComponent(api);
            JsonNode[] found = new JsonNode[1];
            Await.until("the overdue task in the escalation group's inbox", Duration.ofSeconds(30), () -> {
                found[0] = StreamSupport.stream(api.get("api/v1/tasks").as("admin").send().json().spliterator(), false)
                        .filter(t -> t.get("changeRequestId").asText().equals(changeRequest)).findFirst().orElse(null);
                return found[0] != null;
            });
            JsonNode escalated = found[0];
            assertEquals(true, escalated.get("overdue").asBoolean());
            assertEquals("mdm-admin", escalated.get("escalatedTo").asText());
            assertEquals(204, api.post("api/v1/tasks/" + escalated.get("id").asText() + "/approve").as("admin")
                    .json("{}").send().status(), "the escalation group may decide");
        } finally {
            deployer.undeploy("changed-rules");
        }
    }

    private static String submitComponent(Api api) {
        Api.Reply created = api.post("api/v1/items").as("steward").json(Items.body(Items.newNumber("RULE"), "Rule probe")).send();
        assertEquals(201, created.status(), created.toString());
        Api.Reply submitted = api.post("api/v1/items/" + created.json().get("id").asText() + "/submit").as("steward").send();
        assertEquals(200, submitted.status(), submitted.toString());
        return submitted.json().get("id").asText();
    }

    private static Set<String> openGroups(Api api, String changeRequestId) {
        JsonNode cr = api.get("api/v1/change-requests/" + changeRequestId).as("viewer").send().json();
        Set<String> groups = new TreeSet<>();
        cr.get("openTasks").forEach(t -> groups.add(t.get("group").asText()));
        return groups;
    }

    private static URL baseUrl() {
        try {
            return new URL("http://127.0.0.1:" + (8080 + Integer.getInteger("it.port.offset", 200)) + "/");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
