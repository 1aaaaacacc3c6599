package org.mdmhub.mdm.publication.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
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
import org.mdmhub.mdm.publication.webhook.WebhookReceiver;
import org.mdmhub.mdm.publication.webhook.WebhookSignature;
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.Await;
import org.mdmhub.mdm.testsupport.Boms;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.Keycloak;
import org.mdmhub.mdm.testsupport.MdmDeployment;
import org.mdmhub.mdm.testsupport.Releases;
import org.mdmhub.mdm.testsupport.Subscriptions;

/**
 * Publication end to end on the real server: releases go through the outbox and the dispatcher to a signed
 * webhook receiver in this JVM; what never leaves the hub is asserted at that receiver.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookPublicationIT {
    private static final String SECRET = "it-webhook-signing-secret";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MdmDeployment.war();
    }

    @ArquillianResource
    URL base;

    Api api;
    final List<String> subscriptions = new ArrayList<>();
    final List<WebhookReceiver> receivers = new ArrayList<>();

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    @AfterEach
    void retire() {
        // a subscription left active would keep receiving every other test's releases
        subscriptions.forEach(id -> Subscriptions.deactivate(api, id));
        receivers.forEach(WebhookReceiver::close);
    }

    private WebhookReceiver receiver() {
        WebhookReceiver receiver = WebhookReceiver.start(SECRET);
        receivers.add(receiver);
        return receiver;
    }

    private String subscribe(WebhookReceiver receiver, String domains, int maxAttempts) {
        Api.Reply created = api.post("api/v1/subscriptions").as("admin").json("{\"name\":\"it-webhook-" + System.nanoTime()
                + "\",\"targetType\":\"webhook\",\"domains\":" + domains + ",\"config\":{\"url\":\"" + receiver.url()
                + "\",\"timeoutSeconds\":5,\"concurrency\":2},\"secret\":\"" + SECRET + "\",\"retry\":{\"maxAttempts\":" + maxAttempts
                + ",\"initialBackoff\":\"PT0.2S\",\"maxBackoff\":\"PT0.4S\"}}").send();
        assertEquals(201, created.status(), created.toString());
        assertFalse(created.body().contains(SECRET), "the secret never comes back");
        assertTrue(created.json().get("secretSet").asBoolean());
        String id = created.json().get("id").asText();
        subscriptions.add(id);
        return id;
    }

    private static void await(String what, BooleanSupplier condition) {
        Await.until(what, condition);
    }

    private JsonNode deliveriesOf(String subscription, String record) {
        return api.get("api/v1/subscriptions/" + subscription + "/deliveries?record=" + record).as("admin").send().json().get("items");
    }

    @Test
    void onlyReleasedRecordsLeaveTheHubSignedAsCloudEvents() {
        WebhookReceiver receiver = receiver();
        String subscription = subscribe(receiver, "[\"item\"]", 5);
        JsonNode config = api.get("api/v1/subscriptions/" + subscription).as("admin").send().json().get("config");
        assertTrue(config.get("timeoutSeconds").isInt() && config.get("concurrency").isInt(), "numbers come back as numbers: " + config);
        assertEquals(2, config.get("concurrency").asInt());
        String draft = Releases.draftItem(api, Items.newNumber("PUB"), "Draft only");
        String inReview = Releases.draftItem(api, Items.newNumber("PUB"), "In review");
        Releases.submit(api, "item", List.of(inReview));
        String rejected = Releases.draftItem(api, Items.newNumber("PUB"), "Rejected");
        Releases.reject(api, Releases.submit(api, "item", List.of(rejected)));
        String released = Releases.draftItem(api, Items.newNumber("PUB"), "Released");
        Releases.release(api, "item", List.of(released));

        await("the released item at the receiver", () -> !receiver.eventsFor(released).isEmpty());
        WebhookReceiver.Received event = receiver.eventsFor(released).get(0);
        assertEquals("org.mdmhub.item.released", event.type());
        assertEquals("1.0", event.event().get("specversion").asText());
        assertEquals("Released", event.data().get("name").asText());
        assertFalse(event.data().has("state"), "data is the record per item.schema.json");
        assertEquals(0, receiver.signatureFailures(), "every delivery is signed with the subscription's secret");
        byte[] tampered = event.body().clone();
        tampered[tampered.length / 2] ^= 1;
        assertFalse(WebhookSignature.verify(SECRET, event.header(WebhookSignature.TIMESTAMP_HEADER), tampered,
                event.header(WebhookSignature.SIGNATURE_HEADER), Instant.now(), Duration.ofMinutes(5)),
                "a tampered body fails verification");

        // no delivery row for what was never released (fan-out writes them in the releasing transaction), and at the
        // receiver nothing but the release before a marker released after all three
        for (String never : List.of(draft, inReview, rejected)) {
            assertEquals(0, deliveriesOf(subscription, never).size(), never + " was queued although it was never released");
        }
        String marker = Releases.draftItem(api, Items.newNumber("PUB"), "Marker");
        Releases.release(api, "item", List.of(marker));
        await("the marker at the receiver", () -> !receiver.eventsFor(marker).isEmpty());
        assertEquals(Set.of(released, marker), receiver.events().stream().map(WebhookReceiver.Received::subject)
                .collect(Collectors.toSet()), "only the two releases arrived");
        assertEquals(2, receiver.events().size(), "each once");
    }

    @Test
    void aBomReachesATargetOnlyAfterItsComponentsEvenWhenTheTargetTakesOnlyBoms() {
        String parent = Items.newNumber("PAR");
        String wheel = Items.newNumber("CMP");
        String axle = Items.newNumber("CMP");
        List<String> items = List.of(Releases.draftItem(api, parent, "Cart"), Releases.draftItem(api, wheel, "Wheel"),
                Releases.draftItem(api, axle, "Axle"));
        Releases.release(api, "item", items);
        WebhookReceiver receiver = receiver();
        subscribe(receiver, "[\"bom\"]", 5); // components were released before: never delivered to this target

        Api.Reply bom = api.post("api/v1/boms").as("steward").json(Boms.of(parent)
                .line(10, wheel, "A", "4", "C62").line(20, axle, null, "2", "C62").json()).send();
        assertEquals(201, bom.status(), bom.toString());
        String bomId = bom.json().get("id").asText();
        Releases.release(api, "bom", List.of(bomId));

        await("the BOM at the receiver", () -> !receiver.eventsFor(bomId).isEmpty());
        List<String> order = receiver.events().stream().map(WebhookReceiver.Received::subject).toList();
        int bomAt = order.indexOf(bomId);
        for (String item : items) {
            int itemAt = order.indexOf(item);
            assertTrue(itemAt >= 0 && itemAt < bomAt, "item " + item + " must arrive before the BOM: " + order);
        }
    }

    @Test
    void aFailingTargetIsRetriedThenDeadLetteredAndAReplayDeliversIt() {
        WebhookReceiver receiver = receiver();
        String subscription = subscribe(receiver, "[\"item\"]", 3);

        receiver.answer(503, 1); // one failure, then fine
        String flaky = Releases.draftItem(api, Items.newNumber("RTY"), "Retried");
        Releases.release(api, "item", List.of(flaky));
        await("the retried item", () -> !receiver.eventsFor(flaky).isEmpty());
        await("the retried delivery recorded", () -> "delivered".equals(deliveriesOf(subscription, flaky).get(0).get("status").asText()));
        JsonNode delivery = deliveriesOf(subscription, flaky).get(0);
        JsonNode log = api.get("api/v1/deliveries/" + delivery.get("id").asText()).as("admin").send().json();
        assertEquals(List.of("retry", "delivered"), StreamSupport.stream(log.get("attemptLog").spliterator(), false)
                .map(a -> a.get("outcome").asText()).toList(), log.toString());

        receiver.down();
        String lost = Releases.draftItem(api, Items.newNumber("DLQ"), "Dead-lettered");
        Releases.release(api, "item", List.of(lost));
        await("the dead letter", () -> {
            JsonNode d = deliveriesOf(subscription, lost);
            return d.size() == 1 && "dead".equals(d.get(0).get("status").asText());
        });
        JsonNode dead = deliveriesOf(subscription, lost).get(0);
        assertEquals(3, dead.get("attempts").asInt(), dead.toString());
        assertTrue(receiver.eventsFor(lost).isEmpty());

        receiver.up();
        Api.Reply replay = api.post("api/v1/subscriptions/" + subscription + "/replay").as("admin")
                .json("{\"deadLetters\":true}").send();
        assertEquals(202, replay.status(), replay.toString());
        assertEquals(1, replay.json().get("queued").asInt());
        await("the replayed dead letter", () -> !receiver.eventsFor(lost).isEmpty());
        assertEquals(1, receiver.eventsFor(lost).size());
    }

    @Test
    void deliveriesRetryWhileTheTargetIsDownAndArriveWhenItIsBack() {
        WebhookReceiver receiver = receiver();
        Api.Reply created = api.post("api/v1/subscriptions").as("admin").json("{\"name\":\"it-webhook-down-" + System.nanoTime()
                + "\",\"targetType\":\"webhook\",\"domains\":[\"item\"],\"config\":{\"url\":\"" + receiver.url()
                + "\"},\"secret\":\"" + SECRET + "\",\"retry\":{\"maxAttempts\":20,\"initialBackoff\":\"PT0.3S\",\"maxBackoff\":\"PT1S\"}}").send();
        assertEquals(201, created.status(), created.toString());
        String subscription = created.json().get("id").asText();
        subscriptions.add(subscription);
        receiver.down();
        String id = Releases.draftItem(api, Items.newNumber("DWN"), "Waits for the target");
        Releases.release(api, "item", List.of(id));
        await("two failed attempts", () -> {
            JsonNode d = deliveriesOf(subscription, id);
            return d.size() == 1 && d.get(0).get("attempts").asInt() >= 2 && "pending".equals(d.get(0).get("status").asText());
        });
        assertTrue(receiver.eventsFor(id).isEmpty());
        receiver.up();
        await("the delivery after the target came back", () -> !receiver.eventsFor(id).isEmpty());
        await("the delivery recorded", () -> "delivered".equals(deliveriesOf(subscription, id).get(0).get("status").asText()));
    }

    @Test
    void subscribersPullReleasedChangesByCursor() {
        String before = api.get("api/v1/releases?limit=1000").token(subscriberToken()).send().json().get("cursor").asText();
        String id = Releases.draftItem(api, Items.newNumber("FEED"), "Pulled");
        Releases.release(api, "item", List.of(id));
        String subscriber = subscriberToken();
        await("the release in the feed", () -> {
            JsonNode page = api.get("api/v1/releases?domain=item&limit=1000&after=" + before).token(subscriber).send().json();
            return StreamSupport.stream(page.get("events").spliterator(), false).anyMatch(e -> e.get("subject").asText().equals(id));
        });
        // page to the end: the cursor after the release is the last page's, however many events came before it
        String cursor = before;
        JsonNode page;
        do {
            page = api.get("api/v1/releases?domain=item&limit=1000&after=" + cursor).token(subscriber).send().json();
            cursor = page.get("cursor").asText();
        } while (page.get("more").asBoolean());
        JsonNode next = api.get("api/v1/releases?domain=item&after=" + cursor).token(subscriber).send().json();
        assertTrue(StreamSupport.stream(next.get("events").spliterator(), false).noneMatch(e -> e.get("subject").asText().equals(id)),
                "after its cursor the feed does not repeat an event");
        assertEquals(400, api.get("api/v1/releases?after=-1").token(subscriber).send().status());
        assertEquals(400, api.get("api/v1/releases?domain=planet").token(subscriber).send().status());
    }

    @Test
    void onlyAdminsManageSubscriptionsAndBadSettingsAreRefused() {
        assertEquals(401, api.get("api/v1/subscriptions").send().status());
        assertEquals(403, api.get("api/v1/subscriptions").as("steward").send().status());
        assertEquals(403, api.get("api/v1/subscriptions").token(subscriberToken()).send().status());
        assertEquals(403, api.get("api/v1/deliveries?record=" + java.util.UUID.randomUUID()).as("viewer").send().status());
        assertEquals(200, api.get("api/v1/releases").token(subscriberToken()).send().status());
        assertEquals(403, api.post("api/v1/subscriptions").as("steward").json("{}").send().status());

        Api.Reply unsigned = api.post("api/v1/subscriptions").as("admin").json("{\"name\":\"no-secret\",\"targetType\":\"webhook\","
                + "\"domains\":[\"item\"],\"config\":{\"url\":\"http://127.0.0.1:9/x\"}}").send();
        assertEquals(400, unsigned.status(), unsigned.toString());
        assertTrue(unsigned.body().contains("secret"), unsigned.toString());
        Api.Reply badFacet = api.post("api/v1/subscriptions").as("admin").json("{\"name\":\"bad-facet\",\"targetType\":\"webhook\","
                + "\"domains\":[\"item\"],\"filter\":{\"colour\":[\"red\"]},\"config\":{\"url\":\"http://127.0.0.1:9/x\"},\"secret\":\"s\"}").send();
        assertEquals(400, badFacet.status(), badFacet.toString());
        assertTrue(badFacet.body().contains("filter.colour"), badFacet.toString());
        for (String wrong : List.of("\"many\"", "2.5", "true")) {
            Api.Reply badNumber = api.post("api/v1/subscriptions").as("admin").json("{\"name\":\"bad-number\",\"targetType\":\"webhook\","
                    + "\"domains\":[\"item\"],\"config\":{\"url\":\"http://127.0.0.1:9/x\",\"concurrency\":" + wrong + "},\"secret\":\"s\"}").send();
            assertEquals(400, badNumber.status(), badNumber.toString());
            assertTrue(badNumber.body().contains("config.concurrency"), badNumber.toString());
        }
        Api.Reply nested = api.post("api/v1/subscriptions").as("admin").json("{\"name\":\"bad-nested\",\"targetType\":\"webhook\","
                + "\"domains\":[\"item\"],\"config\":{\"url\":\"http://127.0.0.1:9/x\",\"concurrency\":{\"n\":2}},\"secret\":\"s\"}").send();
        assertEquals(400, nested.status(), nested.toString());
        assertTrue(nested.body().contains("concurrency"), nested.toString());
        Api.Reply badType = api.post("api/v1/subscriptions").as("admin").json("{\"name\":\"x\",\"targetType\":\"ftp\",\"domains\":[\"item\"]}").send();
        assertEquals(400, badType.status());
        assertEquals("application/problem+json", badType.header("Content-Type"));
        assertEquals(404, api.get("api/v1/deliveries/999999999").as("admin").send().status());
        assertEquals(400, api.get("api/v1/deliveries/abc").as("admin").send().status());
    }

    @Test
    void deliveryMetricsAreExported() {
        WebhookReceiver receiver = receiver();
        String subscription = subscribe(receiver, "[\"item\"]", 5);
        String name = api.get("api/v1/subscriptions/" + subscription).as("admin").send().json().get("name").asText();
        String first = Releases.draftItem(api, Items.newNumber("MET"), "Measured");
        Releases.release(api, "item", List.of(first));
        await("the first delivery counted", () -> metric("mdm_delivery_attempts_total", name, "delivered") == 1.0);
        double latencies = metric("mdm_delivery_latency_seconds_count", name, null);
        assertEquals(1.0, latencies, "one delivery latency measured");

        String second = Releases.draftItem(api, Items.newNumber("MET"), "Measured again");
        Releases.release(api, "item", List.of(second));
        await("the second delivery counted", () -> metric("mdm_delivery_attempts_total", name, "delivered") == 2.0);
        assertEquals(latencies + 1, metric("mdm_delivery_latency_seconds_count", name, null));
        assertEquals(0.0, metric("mdm_delivery_attempts_total", name, "retry"), "no retries were counted");
        String metrics = scrape();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("mdm_outbox_depth")), "outbox depth exported");
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("mdm_dead_letters")), "dead letters exported");
    }

    /** The value of one series of the subscription on the management port's Prometheus page; 0 while absent. */
    private static double metric(String series, String subscription, String outcome) {
        return scrape().lines().filter(l -> l.startsWith(series + "{") && l.contains("subscription=\"" + subscription + "\"")
                        && (outcome == null || l.contains("outcome=\"" + outcome + "\"")))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private static String scrape() {
        String port = System.getProperty("it.management.port", "10190");
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String subscriberToken() {
        return Keycloak.serviceToken("demo-subscriber", "demo-subscriber-demo-secret");
    }

}
