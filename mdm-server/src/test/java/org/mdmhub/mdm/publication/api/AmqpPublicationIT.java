package org.mdmhub.mdm.publication.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeoutException;
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
import org.mdmhub.mdm.testsupport.Await;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.MdmDeployment;
import org.mdmhub.mdm.testsupport.Releases;
import org.mdmhub.mdm.testsupport.Subscriptions;

/**
 * Publication to RabbitMQ end to end: an AMQP subscription on the real server publishes a released item and its
 * block to a topic exchange of the test's own, and a consumer queue bound to {@code item.#} receives both as
 * persistent CloudEvents, in order, identified and routed as docs/amqp.md promises. Needs the broker on
 * 127.0.0.1:5672 (guest/guest; {@code deploy/rabbitmq/ensure-broker.sh}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AmqpPublicationIT {
    private static final String BROKER_HOST = "127.0.0.1";
    private static final int BROKER_PORT = 5672;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MdmDeployment.war();
    }

    @ArquillianResource
    URL base;

    Api api;
    String exchange;
    String subscription;
    Connection broker;
    Channel channel;
    final BlockingQueue<Delivery> consumed = new LinkedBlockingQueue<>();

    /** The consumer side exists before the first release: unrouted messages are dropped by the broker. */
    @BeforeEach
    void bindAQueueToATestExchange() throws IOException, TimeoutException {
        api = new Api(base);
        exchange = "mdm.it." + System.nanoTime();
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(BROKER_HOST);
        factory.setPort(BROKER_PORT);
        broker = factory.newConnection("AmqpPublicationIT consumer");
        channel = broker.createChannel();
        channel.exchangeDeclare(exchange, BuiltinExchangeType.TOPIC, true); // exactly as the hub declares it
        String queue = channel.queueDeclare().getQueue(); // server-named, exclusive, auto-delete
        channel.queueBind(queue, exchange, "item.#");
        channel.basicConsume(queue, true, (tag, delivery) -> consumed.add(delivery), tag -> { });
    }

    @AfterEach
    void retire() throws IOException, TimeoutException {
        if (subscription != null) {
            Subscriptions.deactivate(api, subscription); // an active one would publish every later test's releases
        }
        channel.exchangeDelete(exchange);
        broker.close();
    }

    @Test
    void aReleaseAndItsBlockArriveAsPersistentCloudEventsRoutedByDomainAndType() throws Exception {
        // the filter accepts the item's type: a matching filter must let both events through
        subscription = Subscriptions.create(api, "{\"name\":\"it-amqp-" + System.nanoTime() + "\",\"targetType\":\"amqp\","
                + "\"domains\":[\"item\"],\"filter\":{\"itemType\":[\"component\"]},\"config\":{\"host\":\"" + BROKER_HOST
                + "\",\"port\":\"" + BROKER_PORT + "\",\"username\":\"guest\",\"exchange\":\"" + exchange + "\"},"
                + "\"secret\":\"guest\",\"retry\":{\"maxAttempts\":5,\"initialBackoff\":\"PT0.2S\",\"maxBackoff\":\"PT1S\"}}");
        String item = Releases.draftItem(api, Items.newNumber("AMQP"), "Published to RabbitMQ");
        Releases.release(api, "item", List.of(item));
        Api.Reply blocked = api.post("api/v1/items/" + item + "/block").as("steward")
                .json("{\"reason\":\"quality hold: AMQP test\"}").send();
        assertEquals(204, blocked.status(), blocked.toString());

        Delivery released = nextFor(item);
        Delivery block = nextFor(item);

        assertEquals("item.released", released.getEnvelope().getRoutingKey());
        assertEquals("item.blocked", block.getEnvelope().getRoutingKey(), "per record, order is kept");
        for (Delivery message : List.of(released, block)) {
            JsonNode event = JSON.readTree(message.getBody());
            assertEquals(exchange, message.getEnvelope().getExchange());
            assertEquals(2, message.getProperties().getDeliveryMode(), "persistent");
            assertEquals("application/cloudevents+json", message.getProperties().getContentType());
            assertEquals(event.get("id").asText(), message.getProperties().getMessageId(), "consumers dedupe by the event id");
            assertEquals(item, event.get("subject").asText());
            assertEquals("1.0", event.get("specversion").asText());
            assertEquals(event.get("type").asText(), message.getProperties().getType());
        }
        assertEquals("org.mdmhub.item.released", JSON.readTree(released.getBody()).get("type").asText());
        assertEquals("org.mdmhub.item.blocked", JSON.readTree(block.getBody()).get("type").asText());
    }

    /** The next message about {@code record}; fails after 30 s. Other records' events (none expected) are skipped. */
    private Delivery nextFor(String record) {
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
}
