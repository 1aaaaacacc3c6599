package org.mdmhub.mdm.publication.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mdmhub.mdm.publication.odoo.OdooDouble;
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.Await;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.MdmDeployment;
import org.mdmhub.mdm.testsupport.Releases;
import org.mdmhub.mdm.testsupport.Subscriptions;

/**
 * A new revision that keeps its predecessor's GTIN reaches Odoo however the predecessor's supersede and its
 * own release are split over batches and workers: the double refuses a barcode two active products share,
 * as Odoo does, and the queue holds each release back until the supersede that frees the barcode is done.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OdooTakeoverIT {

    private static final int REVISIONS = 200;
    private static final int BACKLOG = 501; // odd: the pairs (release B, supersede A) straddle claim boundaries

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MdmDeployment.war();
    }

    @ArquillianResource
    URL base;

    Api api;
    OdooDouble odoo;
    String subscription;

    @BeforeEach
    void start() {
        api = new Api(base);
        odoo = OdooDouble.start();
        odoo.precision("Stock Weight", 3); // the test items weigh 12 g
        subscription = Subscriptions.create(api, "{\"name\":\"it-odoo-takeover-" + System.nanoTime()
                + "\",\"targetType\":\"odoo\",\"domains\":[\"item\"],\"config\":{\"url\":\"" + odoo.url()
                + "\",\"database\":\"" + OdooDouble.DATABASE + "\",\"login\":\"" + OdooDouble.LOGIN
                + "\",\"batchSize\":\"50\"},\"secret\":\"" + OdooDouble.PASSWORD + "\","
                + "\"retry\":{\"maxAttempts\":3,\"initialBackoff\":\"PT0.2S\",\"maxBackoff\":\"PT0.5S\"}}");
    }

    @AfterEach
    void stop() {
        Subscriptions.deactivate(api, subscription);
        odoo.close();
    }

    @Test
    void twoHundredRevisionsSupersededAtOnceBehindABacklogAllArriveWithTheirGtin() {
        List<String> predecessors = new ArrayList<>();
        for (int i = 0; i < REVISIONS; i++) {
            predecessors.add(Releases.draftItem(api, Items.newNumber("TKO"), "Takeover " + i));
        }
        Releases.release(api, "item", predecessors);
        Await.until("revisions A in Odoo", () -> odoo.count("product.template") == REVISIONS);

        List<String> revisions = new ArrayList<>();
        for (String a : predecessors) {
            Api.Reply b = api.post("api/v1/items/" + a + "/revisions").as("steward").send();
            assertEquals(201, b.status(), b.toString());
            revisions.add(b.json().get("id").asText());
        }
        List<String> backlog = new ArrayList<>();
        for (int i = 0; i < BACKLOG; i++) {
            backlog.add(Releases.draftItem(api, Items.newNumber("BKL"), "Backlog " + i));
        }
        odoo.costModel(5, 1); // a slow Odoo: the backlog is still being sent when the revisions are released
        Releases.release(api, "item", backlog);
        Releases.release(api, "item", revisions);

        Await.until("every revision B in Odoo, every A superseded", java.time.Duration.ofMinutes(5),
                () -> odoo.count("product.template") == 2 * REVISIONS + BACKLOG && openDeliveries() == 0);
        assertEquals(0, count("dead"), "no dead letter");
        for (int i = 0; i < REVISIONS; i++) {
            Map<String, Object> a = odoo.byExternalId("mdm.item_" + predecessors.get(i)).orElseThrow();
            Map<String, Object> b = odoo.byExternalId("mdm.item_" + revisions.get(i)).orElseThrow();
            assertEquals(Boolean.FALSE, a.get("purchase_ok"), "A is superseded in Odoo");
            assertEquals(null, a.get("barcode"), "A gave its barcode up");
            String gtin = api.get("api/v1/items/" + revisions.get(i)).as("viewer").send().json().get("gtin").asText();
            assertEquals(gtin, b.get("barcode"), "B holds its predecessor's GTIN");
            assertEquals(Boolean.TRUE, b.get("purchase_ok"));
        }
    }

    private long openDeliveries() {
        return count("pending") + count("in_flight");
    }

    private long count(String status) {
        JsonNode page = api.get("api/v1/subscriptions/" + subscription + "/deliveries?status=" + status + "&size=1")
                .as("admin").send().json();
        return page.get("totalItems").asLong();
    }
}
