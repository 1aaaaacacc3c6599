package org.mdmhub.mdm.publication.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.Delivery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
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
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.Await;
import org.mdmhub.mdm.testsupport.Boms;
import org.mdmhub.mdm.testsupport.Database;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.Keycloak;
import org.mdmhub.mdm.testsupport.MdmDeployment;
import org.mdmhub.mdm.testsupport.PartnerBodies;
import org.mdmhub.mdm.testsupport.Releases;
import org.mdmhub.mdm.testsupport.Subscriptions;

/**
 * What publication promises beyond the happy path, each checked where the effect lands: bank data masked on every
 * channel (webhook, AMQP, pull feed) unless allowed, filters that exclude (and a facet a record lacks that does not),
 * replay refused where it would roll a target back, replay by time and by outbox sequence, and a rolled-back
 * approval that leaves nothing in the outbox. Absence is proven with a marker released after the thing that must
 * not arrive, or read from the delivery rows written in the release's own transaction; never by waiting.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicationPromisesIT {
    private static final String SECRET = "it-promises-signing-secret";
    /** {@link PartnerBodies#IBAN} as printed on paper, in groups of four: a leak in this form is a leak too. */
    private static final String IBAN_PRINTED = "DE89 3704 0044 0532 0130 00";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MdmDeployment.war();
    }

    @ArquillianResource
    URL base;

    Api api;
    final List<String> subscriptions = new ArrayList<>();
    final List<AutoCloseable> closing = new ArrayList<>();

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    @AfterEach
    void retire() throws Exception {
        // an active subscription would receive every later test's releases
        subscriptions.forEach(id -> Subscriptions.deactivate(api, id));
        for (AutoCloseable c : closing) {
            c.close();
        }
    }

    @Test
    void bankDataLeavesTheHubMaskedOverWebhookAndAmqpUnlessTheSubscriptionIncludesSensitive() throws Exception {
        WebhookReceiver masked = receiver();
        WebhookReceiver clear = receiver();
        webhook(masked, "[\"supplier\"]", null, false);
        webhook(clear, "[\"supplier\"]", null, true);
        BlockingQueue<Delivery> amqp = amqpQueue("supplier.#");
        String exchange = amqpExchange;
        subscriptions.add(Subscriptions.create(api, "{\"name\":\"it-bank-amqp-" + System.nanoTime() + "\",\"targetType\":\"amqp\","
                + "\"domains\":[\"supplier\"],\"config\":{\"host\":\"127.0.0.1\",\"port\":\"5672\",\"username\":\"guest\","
                + "\"exchange\":\"" + exchange + "\"},\"secret\":\"guest\"}"));

        String supplier = releasedSupplier();

        Await.until("the supplier at both webhooks", () -> !masked.eventsFor(supplier).isEmpty() && !clear.eventsFor(supplier).isEmpty());
        String maskedBody = new String(masked.eventsFor(supplier).get(0).body(), StandardCharsets.UTF_8);
        assertNoIban("webhook without includeSensitive", maskedBody);
        assertEquals(PartnerBodies.IBAN_MASKED, ibanOf(masked.eventsFor(supplier).get(0).data()));
        assertEquals(PartnerBodies.IBAN, ibanOf(clear.eventsFor(supplier).get(0).data()), "includeSensitive sends it in clear");

        Delivery message = nextFor(amqp, supplier);
        String amqpBody = new String(message.getBody(), StandardCharsets.UTF_8);
        assertNoIban("AMQP without includeSensitive", amqpBody);
        assertEquals(PartnerBodies.IBAN_MASKED, ibanOf(JSON.readTree(amqpBody).get("data")));
    }

    @Test
    void thePullFeedShowsBankDataInClearToAdminsOnly() {
        String subscriber = Keycloak.serviceToken("demo-subscriber", "demo-subscriber-demo-secret");
        String before = api.get("api/v1/releases?limit=1000&domain=supplier").as("admin").send().json().get("cursor").asText();
        String supplier = releasedSupplier();

        JsonNode forAdmin = feedEvent(api.get("api/v1/releases?domain=supplier&limit=1000&after=" + before).as("admin"), supplier);
        assertEquals(PartnerBodies.IBAN, ibanOf(forAdmin.get("data")));
        for (Api.Call reader : List.of(
                api.get("api/v1/releases?domain=supplier&limit=1000&after=" + before).token(subscriber),
                api.get("api/v1/releases?domain=supplier&limit=1000&after=" + before).as("viewer"))) {
            JsonNode event = feedEvent(reader, supplier);
            assertNoIban("the feed for a subscriber or viewer", event.toString());
            assertEquals(PartnerBodies.IBAN_MASKED, ibanOf(event.get("data")));
        }
    }

    @Test
    void aFilterExcludesWhatItDoesNotAcceptButAFacetTheRecordLacksDoesNotExcludeIt() {
        WebhookReceiver receiver = receiver();
        String subscription = webhook(receiver, "[\"item\",\"supplier\"]", "{\"itemType\":[\"raw\"]}", false);

        String component = Releases.draftItem(api, Items.newNumber("FLT"), "Filtered out"); // type component
        Releases.release(api, "item", List.of(component));
        // fan-out writes the delivery rows in the release's transaction: none now means none ever
        assertEquals(0, deliveriesOf(subscription, component).size(), "a component is not a raw item");
        String supplier = releasedSupplier(); // has no itemType facet
        String raw = rawItem();
        Releases.release(api, "item", List.of(raw)); // the marker: released after both

        Await.until("the raw item (the marker) and the supplier", () -> !receiver.eventsFor(raw).isEmpty()
                && !receiver.eventsFor(supplier).isEmpty());
        assertTrue(receiver.eventsFor(component).isEmpty(), "the filtered-out component arrived");
        assertEquals(Set.of(supplier, raw), receiver.events().stream().map(WebhookReceiver.Received::subject)
                .collect(Collectors.toSet()), "exactly the supplier and the raw item arrived");
        assertEquals(2, receiver.events().size(), "each once");
    }

    @Test
    void replayingAnOldDeliveryIsRefusedOnceANewerOneWasDelivered() {
        WebhookReceiver receiver = receiver();
        String subscription = webhook(receiver, "[\"item\"]", null, false);
        String item = Releases.draftItem(api, Items.newNumber("RPL"), "Replayed");
        Releases.release(api, "item", List.of(item));
        Await.until("the release delivered", () -> delivered(subscription, item) == 1);
        long released = deliveriesOf(subscription, item).get(0).get("id").asLong();
        assertEquals(204, api.post("api/v1/items/" + item + "/block").as("steward")
                .json("{\"reason\":\"replay test\"}").send().status());
        Await.until("the block delivered", () -> delivered(subscription, item) == 2);

        Api.Reply refused = api.post("api/v1/deliveries/" + released + "/replay").as("admin").send();
        assertEquals(409, refused.status(), refused.toString());
        assertEquals("application/problem+json", refused.header("Content-Type"));
        assertTrue(refused.body().contains("newer version"), refused.toString());
        assertEquals(2, deliveriesOf(subscription, item).size(), "nothing was queued");

        long block = StreamSupport.stream(deliveriesOf(subscription, item).spliterator(), false)
                .mapToLong(d -> d.get("id").asLong()).max().orElseThrow();
        Api.Reply replayed = api.post("api/v1/deliveries/" + block + "/replay").as("admin").send();
        assertEquals(202, replayed.status(), replayed.toString());
        Await.until("the replayed block", () -> receiver.eventsFor(item).size() == 3);
        assertEquals("org.mdmhub.item.blocked", receiver.eventsFor(item).get(2).type());
    }

    @Test
    void aReplaySinceATimeOrAfterASequenceQueuesExactlyTheLaterEvents() {
        String earlier = Releases.draftItem(api, Items.newNumber("RPS"), "Before the point");
        Releases.release(api, "item", List.of(earlier));
        String later = Releases.draftItem(api, Items.newNumber("RPS"), "After the point");
        Releases.release(api, "item", List.of(later));
        WebhookReceiver receiver = receiver();
        String subscription = webhook(receiver, "[\"item\"]", null, false); // starts with what is released from now on
        assertEquals(0, deliveriesOf(subscription, earlier).size() + deliveriesOf(subscription, later).size());

        // the point in time is the server's: the release time it recorded for the later item
        String since = feedEvent(api.get("api/v1/releases?domain=item&limit=1000&after=0").as("admin"), later).get("time").asText();
        Api.Reply bySince = api.post("api/v1/subscriptions/" + subscription + "/replay").as("admin")
                .json("{\"since\":\"" + since + "\"}").send();
        assertEquals(202, bySince.status(), bySince.toString());
        assertEquals(0, deliveriesOf(subscription, earlier).size(), "released before the point: not replayed");
        assertEquals(1, deliveriesOf(subscription, later).size());
        Await.until("the replayed later item", () -> receiver.eventsFor(later).size() == 1);

        // the earlier item's event sequence, then everything after it
        Api.Reply record = api.post("api/v1/subscriptions/" + subscription + "/replay").as("admin")
                .json("{\"recordId\":\"" + earlier + "\"}").send();
        assertEquals(202, record.status(), record.toString());
        long earlierSequence = deliveriesOf(subscription, earlier).get(0).get("eventSequence").asLong();
        long laterSequence = deliveriesOf(subscription, later).get(0).get("eventSequence").asLong();
        Api.Reply bySequence = api.post("api/v1/subscriptions/" + subscription + "/replay").as("admin")
                .json("{\"afterSequence\":" + earlierSequence + "}").send();
        assertEquals(202, bySequence.status(), bySequence.toString());
        assertTrue(bySequence.json().get("lastSequence").asLong() >= laterSequence, bySequence.toString());
        assertEquals(1, deliveriesOf(subscription, earlier).size(), "the event at the sequence itself is not replayed");
        assertEquals(2, deliveriesOf(subscription, later).size());
        Await.until("both items again", () -> receiver.eventsFor(later).size() == 2 && receiver.eventsFor(earlier).size() == 1);
    }

    @Test
    void anApprovalThatRollsBackPublishesNothing() {
        String parent = Items.newNumber("RBK");
        String component = Items.newNumber("RBK");
        String parentId = Releases.draftItem(api, parent, "Would be released");
        String componentId = Releases.draftItem(api, component, "Blocked component");
        Releases.release(api, "item", List.of(componentId));
        assertEquals(204, api.post("api/v1/items/" + componentId + "/block").as("quality")
                .json("{\"reason\":\"quality hold\"}").send().status());
        Api.Reply bom = api.post("api/v1/boms").as("steward").json(Boms.of(parent).line(10, component, "A", "1", "C62").json()).send();
        assertEquals(201, bom.status(), bom.toString());
        String bomId = bom.json().get("id").asText();
        long eventsBefore = Database.count("publication_event");

        // one change request: the parent item would be released, then the BOM on a blocked component fails the release
        Api.Reply cr = api.post("api/v1/change-requests").as("steward").json("{\"title\":\"rolled back\",\"records\":["
                + "{\"type\":\"item\",\"id\":\"" + parentId + "\"},{\"type\":\"bom\",\"id\":\"" + bomId + "\"}]}").send();
        assertEquals(201, cr.status(), cr.toString());
        String crId = cr.json().get("id").asText();
        assertEquals(200, api.post("api/v1/change-requests/" + crId + "/submit").as("steward").send().status());
        Api.Reply refused = approveUntilRefused(crId);
        assertEquals(400, refused.status(), refused.toString());

        assertEquals("IN_REVIEW", api.get("api/v1/items/" + parentId).as("viewer").send().json().get("state").asText());
        assertEquals(0, Database.count("select count(*) from publication_event where record_id in (?, ?)",
                UUID.fromString(parentId), UUID.fromString(bomId)), "an event of the rolled-back release is in the outbox");
        assertEquals(eventsBefore, Database.count("publication_event"));
    }

    // --- helpers

    private String amqpExchange;

    private BlockingQueue<Delivery> amqpQueue(String binding) throws Exception {
        amqpExchange = "mdm.it.promises." + System.nanoTime();
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(5672);
        Connection broker = factory.newConnection("PublicationPromisesIT");
        Channel channel = broker.createChannel();
        channel.exchangeDeclare(amqpExchange, BuiltinExchangeType.TOPIC, true);
        String queue = channel.queueDeclare().getQueue();
        channel.queueBind(queue, amqpExchange, binding);
        BlockingQueue<Delivery> consumed = new LinkedBlockingQueue<>();
        channel.basicConsume(queue, true, (tag, delivery) -> consumed.add(delivery), tag -> { });
        String exchange = amqpExchange;
        closing.add(() -> {
            channel.exchangeDelete(exchange);
            broker.close();
        });
        return consumed;
    }

    private static Delivery nextFor(BlockingQueue<Delivery> consumed, String record) {
        Delivery[] found = new Delivery[1];
        // other records' messages (none expected) are skipped; messages after the one found stay queued
        Await.until("an AMQP message about " + record, () -> {
            for (Delivery message = consumed.poll(); message != null; message = consumed.poll()) {
                if (record.equals(subjectOf(message))) {
                    found[0] = message;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private static String subjectOf(Delivery message) {
        try {
            return JSON.readTree(message.getBody()).path("subject").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WebhookReceiver receiver() {
        WebhookReceiver receiver = WebhookReceiver.start(SECRET);
        closing.add(receiver);
        return receiver;
    }

    private String webhook(WebhookReceiver receiver, String domains, String filter, boolean includeSensitive) {
        String id = Subscriptions.create(api, "{\"name\":\"it-promises-" + System.nanoTime() + "\",\"targetType\":\"webhook\","
                + "\"domains\":" + domains + (filter == null ? "" : ",\"filter\":" + filter) + ",\"includeSensitive\":"
                + includeSensitive + ",\"config\":{\"url\":\"" + receiver.url() + "\"},\"secret\":\"" + SECRET
                + "\",\"retry\":{\"maxAttempts\":5,\"initialBackoff\":\"PT0.2S\",\"maxBackoff\":\"PT0.4S\"}}");
        subscriptions.add(id);
        return id;
    }

    private String releasedSupplier() {
        Api.Reply created = api.post("api/v1/suppliers").as("steward")
                .json(PartnerBodies.supplier(Items.newNumber("BNK"), "Acme GmbH")).send();
        assertEquals(201, created.status(), created.toString());
        String id = created.json().get("id").asText();
        Releases.release(api, "supplier", List.of(id));
        return id;
    }

    private String rawItem() {
        String number = Items.newNumber("RAW");
        Api.Reply created = api.post("api/v1/items").as("steward")
                .json(Items.body(number, "Raw material").replace("\"type\":\"component\"", "\"type\":\"raw\"")).send();
        assertEquals(201, created.status(), created.toString());
        return created.json().get("id").asText();
    }

    private JsonNode deliveriesOf(String subscription, String record) {
        return api.get("api/v1/subscriptions/" + subscription + "/deliveries?record=" + record).as("admin").send().json().get("items");
    }

    private long delivered(String subscription, String record) {
        return StreamSupport.stream(deliveriesOf(subscription, record).spliterator(), false)
                .filter(d -> "delivered".equals(d.get("status").asText())).count();
    }

    /** The record's event in the feed, waited for: feed positions are handed out just after commit. */
    private static JsonNode feedEvent(Api.Call page, String record) {
        JsonNode[] found = new JsonNode[1];
        Await.until("the event of " + record + " in the feed", () -> {
            JsonNode events = page.send().json().get("events");
            found[0] = StreamSupport.stream(events.spliterator(), false)
                    .filter(e -> e.get("subject").asText().equals(record)).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    private static String ibanOf(JsonNode supplier) {
        return supplier.get("bankAccounts").get(0).get("iban").asText();
    }

    private static void assertNoIban(String where, String body) {
        assertFalse(body.contains(PartnerBodies.IBAN), where + " carries the IBAN in clear: " + body);
        assertFalse(body.contains(IBAN_PRINTED), where + " carries the printed IBAN: " + body);
    }

    /** Approves open tasks of the change request until an approval is refused; that refusal. */
    private Api.Reply approveUntilRefused(String changeRequestId) {
        for (int round = 0; round < 10; round++) {
            JsonNode cr = api.get("api/v1/change-requests/" + changeRequestId).as("viewer").send().json();
            for (JsonNode task : cr.get("openTasks")) {
                Api.Reply approved = api.post("api/v1/tasks/" + task.get("id").asText() + "/approve")
                        .as(approverOf(task.get("group").asText())).json("{}").send();
                if (approved.status() != 204) {
                    return approved;
                }
            }
        }
        throw new AssertionError("every approval of " + changeRequestId + " went through");
    }

    private static String approverOf(String group) {
        return switch (group) {
            case "mdm-approver-engineering" -> "engineer";
            case "mdm-approver-quality" -> "quality";
            case "mdm-approver-procurement" -> "buyer";
            case "mdm-approver-finance" -> "finance";
            case "mdm-approver-sales" -> "sales";
            default -> throw new AssertionError("no demo approver for " + group);
        };
    }
}
