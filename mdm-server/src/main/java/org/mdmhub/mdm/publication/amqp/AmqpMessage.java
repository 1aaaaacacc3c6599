package org.mdmhub.mdm.publication.amqp;

import com.rabbitmq.client.AMQP;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import org.mdmhub.mdm.publication.cloudevents.CloudEventJson;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;

/**
 * One event as an AMQP message: the CloudEvent in structured JSON mode as the body, and the properties a
 * consumer (or a broker policy) can use without parsing it.
 *
 * @param event      the event it carries
 * @param routingKey {@code <domain>.<event type>}, e.g. {@code item.released}, so a queue binds to what it needs
 * @param properties persistent, typed, identified by the event id
 * @param body       the CloudEvent JSON, UTF-8
 */
record AmqpMessage(ReleaseEvent event, String routingKey, AMQP.BasicProperties properties, byte[] body) {

    static final int PERSISTENT = 2;
    static final String APP_ID = "mdm-hub";

    /** Throws IllegalArgumentException when the event's document is not JSON (it can never be sent). */
    static AmqpMessage of(ReleaseEvent event, Instant now) {
        byte[] body = CloudEventJson.toJson(event).getBytes(StandardCharsets.UTF_8);
        String type = event.type().cloudEventType(event.domain());
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                .contentType(CloudEventJson.MEDIA_TYPE)
                .deliveryMode(PERSISTENT) // survives a broker restart on a durable queue
                .messageId(event.eventId().toString()) // consumers dedupe by it
                .timestamp(Date.from(event.occurredAt() != null ? event.occurredAt() : now))
                .type(type)
                .appId(APP_ID)
                // for header-based routing and for reading queues in the management UI, without parsing the body
                .headers(Map.of("ce-type", type, "ce-subject", event.recordId().toString()))
                .build();
        return new AmqpMessage(event, routingKey(event), properties, body);
    }

    /** {@code item.released}, {@code bom.superseded}, {@code supplier.blocked}, … */
    static String routingKey(ReleaseEvent event) {
        return (event.domain().name() + "." + event.type().name()).toLowerCase(Locale.ROOT);
    }
}
