package org.mdmhub.mdm.publication.amqp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.publication.ReleaseEventFixture;
import org.mdmhub.mdm.publication.domain.DeliveryResult;
import org.mdmhub.mdm.publication.domain.DeliveryResult.Outcome;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;
import org.mdmhub.mdm.publication.domain.TargetSettings;
import org.mdmhub.mdm.publication.domain.TargetType;

/** Against the RabbitMQ on 127.0.0.1:5672 (guest/guest), on an exchange of its own that it deletes afterwards. */
class AmqpTargetTest {

    private final AmqpTarget target = new AmqpTarget(java.time.Clock.systemUTC());
    private final String exchange = "mdm.test." + UUID.randomUUID();
    private Connection observer;
    private Channel channel;
    private String itemQueue;

    @BeforeEach
    void bindAQueueForItems() throws IOException, TimeoutException {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        observer = factory.newConnection("mdm-hub test observer");
        channel = observer.createChannel();
        channel.exchangeDeclare(exchange, BuiltinExchangeType.TOPIC, true); // as the target declares it
        itemQueue = channel.queueDeclare().getQueue(); // server-named, exclusive, auto-delete
        channel.queueBind(itemQueue, exchange, "item.*");
    }

    @AfterEach
    void cleanUp() throws IOException, TimeoutException {
        target.closeAll();
        channel.exchangeDelete(exchange);
        observer.close();
    }

    @Test
    void publishesPersistentCloudEventsRoutedByDomainAndType() throws IOException {
        ReleaseEvent released = ReleaseEventFixture.item().build();
        ReleaseEvent blocked = ReleaseEventFixture.item().blocked().build();
        ReleaseEvent supplier = ReleaseEventFixture.supplier().build();

        List<DeliveryResult> results = target.send(settings(Map.of()), List.of(released, supplier, blocked));

        assertEquals(3, results.size());
        assertTrue(results.stream().allMatch(r -> r.outcome() == Outcome.DELIVERED), results::toString);
        List<GetResponse> messages = drain(itemQueue);
        assertEquals(2, messages.size()); // the supplier event is not routed to item.*
        GetResponse first = messages.get(0);
        GetResponse second = messages.get(1);
        assertEquals("item.released", first.getEnvelope().getRoutingKey());
        assertEquals("item.blocked", second.getEnvelope().getRoutingKey());
        assertEquals(exchange, first.getEnvelope().getExchange());
        assertEquals(2, first.getProps().getDeliveryMode());
        assertEquals(released.eventId().toString(), first.getProps().getMessageId());
        assertEquals(blocked.eventId().toString(), second.getProps().getMessageId());
        assertEquals("application/cloudevents+json", first.getProps().getContentType());
        assertEquals("org.mdmhub.item.released", first.getProps().getHeaders().get("ce-type").toString());
        assertEquals(released.recordId().toString(), first.getProps().getHeaders().get("ce-subject").toString());
        assertEquals(released.occurredAt().getEpochSecond(), first.getProps().getTimestamp().toInstant().getEpochSecond());

        JsonNode body = Json.mapper().readTree(first.getBody());
        assertEquals(released.eventId().toString(), body.get("id").asText());
        assertEquals("1.0", body.get("specversion").asText());
        assertEquals("org.mdmhub.item.released", body.get("type").asText());
        assertEquals("100-200", body.get("data").get("itemNumber").asText());
        assertEquals("org.mdmhub.item.blocked",
                Json.mapper().readTree(second.getBody()).get("type").asText());
    }

    @Test
    void aLargeBatchIsConfirmedAsAWhole() throws IOException {
        List<ReleaseEvent> events = IntStream.range(0, 500).mapToObj(i -> ReleaseEventFixture.item().build()).toList();

        List<DeliveryResult> results = target.send(settings(Map.of()), events);

        assertEquals(500, results.stream().filter(r -> r.outcome() == Outcome.DELIVERED).count());
        assertEquals(events.stream().map(ReleaseEvent::eventId).sorted().toList(),
                results.stream().map(DeliveryResult::eventId).sorted().toList());
        assertEquals(500, drain(itemQueue).size());
    }

    @Test
    void theConnectionIsReusedAndReplacedWhenItClosed() throws IOException {
        TargetSettings settings = settings(Map.of());
        target.send(settings, List.of(ReleaseEventFixture.item().build()));
        Connection first = target.connectionOf(settings).orElseThrow();

        target.send(settings, List.of(ReleaseEventFixture.item().build()));
        assertSame(first, target.connectionOf(settings).orElseThrow());

        first.close();
        DeliveryResult afterClose = target.send(settings, List.of(ReleaseEventFixture.item().build())).get(0);
        assertEquals(Outcome.DELIVERED, afterClose.outcome(), afterClose.detail());
        assertNotSame(first, target.connectionOf(settings).orElseThrow());
        assertEquals(3, drain(itemQueue).size());
    }

    @Test
    void aPortWithoutABrokerIsRetriedForTheWholeBatch() throws IOException {
        int unused;
        try (ServerSocket socket = new ServerSocket(0)) {
            unused = socket.getLocalPort();
        }

        List<DeliveryResult> results = target.send(settings(Map.of("port", Integer.toString(unused))),
                List.of(ReleaseEventFixture.item().build(), ReleaseEventFixture.supplier().build()));

        assertEquals(2, results.size());
        assertTrue(results.stream().allMatch(r -> r.outcome() == Outcome.RETRY), results::toString);
        assertTrue(results.get(0).detail().startsWith("cannot reach the broker at 127.0.0.1:" + unused), results.get(0).detail());
    }

    @Test
    void aRefusedLoginIsPermanent() {
        TargetSettings wrongPassword = new TargetSettings(UUID.randomUUID(), "wrong password", TargetType.AMQP,
                Map.of("exchange", exchange), Map.of(), "not-the-password");

        DeliveryResult result = target.send(wrongPassword, List.of(ReleaseEventFixture.item().build())).get(0);

        assertEquals(Outcome.PERMANENT, result.outcome(), result.detail());
    }

    @Test
    void anExchangeOfAnotherKindIsPermanent() throws IOException {
        String fanout = exchange + ".fanout";
        channel.exchangeDeclare(fanout, BuiltinExchangeType.FANOUT, false);
        DeliveryResult result;
        try {
            result = target.send(settings(Map.of("exchange", fanout)), List.of(ReleaseEventFixture.item().build())).get(0);
        } finally {
            channel.exchangeDelete(fanout);
        }

        assertEquals(Outcome.PERMANENT, result.outcome());
        assertTrue(result.detail().startsWith("AMQP 406"), result.detail());
    }

    @Test
    void aDocumentThatIsNotJsonIsPermanentAndTheRestGoesOut() throws IOException {
        ReleaseEvent broken = ReleaseEventFixture.item().document("not json").build();
        ReleaseEvent fine = ReleaseEventFixture.item().build();

        List<DeliveryResult> results = target.send(settings(Map.of()), List.of(broken, fine));

        assertEquals(Map.of(broken.eventId(), Outcome.PERMANENT, fine.eventId(), Outcome.DELIVERED), outcomes(results));
        assertEquals(1, drain(itemQueue).size());
    }

    @Test
    void defaultsCheckClean() {
        assertEquals(List.of(), target.check(Map.of(), Map.of(), false));
        assertEquals(List.of(), target.check(Map.of("host", "rabbit.internal", "port", "5671", "virtualHost", "erp",
                "username", "mdm", "exchange", "plant-1:mdm.releases_v2"), Map.of(), true));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "exchange | amq.topic        | config.exchange",
            "exchange | mdm releases     | config.exchange",
            "exchange | mdm/releases     | config.exchange",
            "exchange | ' '              | config.exchange",
            "port     | 0                | config.port",
            "port     | 65536            | config.port",
            "port     | five             | config.port",
            "username | ' '              | config.username",
            "host     | rabbit host      | config.host",
            "confirmTimeoutSeconds | 0   | config.confirmTimeoutSeconds"})
    void mistakesAreNamed(String key, String value, String field) {
        Map<String, String> config = new HashMap<>();
        config.put(key, value);
        assertEquals(List.of(field), target.check(config, Map.of(), false).stream().map(FieldError::field).toList());
    }

    @Test
    void valueMappingsAreRefused() {
        assertEquals(List.of(new FieldError("mappings.unit",
                        "AMQP messages carry the record as it is and take no value mappings")),
                target.check(Map.of(), Map.of("unit", Map.of("C62", "Units")), false));
    }

    @Test
    void routingKeysAreDomainDotType() {
        assertEquals("item.released", AmqpMessage.routingKey(ReleaseEventFixture.item().build()));
        assertEquals("supplier.blocked", AmqpMessage.routingKey(ReleaseEventFixture.supplier().blocked().build()));
    }

    private TargetSettings settings(Map<String, String> extra) {
        Map<String, String> config = new HashMap<>(extra);
        config.putIfAbsent("exchange", exchange);
        return new TargetSettings(UUID.randomUUID(), "test broker", TargetType.AMQP, config, Map.of(), null);
    }

    private List<GetResponse> drain(String queue) throws IOException {
        List<GetResponse> messages = new ArrayList<>();
        for (GetResponse message = channel.basicGet(queue, true); message != null; message = channel.basicGet(queue, true)) {
            messages.add(message);
        }
        return messages;
    }

    private static Map<UUID, Outcome> outcomes(List<DeliveryResult> results) {
        Map<UUID, Outcome> map = new HashMap<>();
        results.forEach(r -> map.put(r.eventId(), r.outcome()));
        return map;
    }
}
