package org.mdmhub.mdm.publication.cloudevents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;

/**
 * Turns a {@link ReleaseEvent} into a CloudEvents 1.0 event in structured JSON mode (the whole event, data
 * included, is one JSON object), as described in docs/webhooks.md.
 *
 * <p>Choices the specification leaves to the producer:
 * <ul>
 *   <li>{@code source} is {@code urn:mdmhub:<domain>} (e.g. {@code urn:mdmhub:item}): a URI that names the
 *       hub's collection of one domain, stable across hosts, ports and deployments, so {@code source + id}
 *       stays unique and a consumer's dedupe keys survive a move of the server. It is not a URL on purpose:
 *       the hub's address is not part of the event's identity.</li>
 *   <li>{@code dataschema} is the {@code $id} of the record's JSON Schema, so the payload's shape is named
 *       by the same URI the schema files declare.</li>
 *   <li>{@code data} is the record embedded as JSON, not as a string, so consumers read one document.</li>
 *   <li>Extension attributes carry what the hub adds around the record. {@code mdmsequence} is a String
 *       because the CloudEvents Integer type is 32-bit and outbox sequences are 64-bit; {@code mdmversion}
 *       (a record version) fits an Integer.</li>
 * </ul>
 * Numbers inside the record keep their exact decimal form (no binary floating point on the way through).
 */
public final class CloudEventJson {

    /** The structured-mode media type (CloudEvents JSON format, section 3.1). */
    public static final String MEDIA_TYPE = "application/cloudevents+json";
    public static final String SPEC_VERSION = "1.0";
    /** The media type of {@code data}: the record as JSON. */
    public static final String DATA_CONTENT_TYPE = "application/json";

    static final String SOURCE_PREFIX = "urn:mdmhub:";
    static final String SCHEMA_BASE = "https://mdmhub.org/schemas/v1/";

    /** Extension attribute names: lower-case ASCII letters and digits only, as the specification requires. */
    public static final String EXT_SEQUENCE = "mdmsequence";
    public static final String EXT_VERSION = "mdmversion";
    public static final String EXT_STATE = "mdmstate";
    public static final String EXT_BUSINESS_KEY = "mdmbusinesskey";

    /** Keeps decimals such as 1.50 as they were written instead of normalising them to 1.5. */
    private static final ObjectReader DOCUMENT_READER = Json.mapper().reader()
            .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

    private CloudEventJson() {
    }

    /** The event as the JSON text a webhook body, an AMQP message body or a feed entry carries. */
    public static String toJson(ReleaseEvent event) {
        try {
            return Json.mapper().writeValueAsString(toNode(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the CloudEvent of " + event.eventId(), e);
        }
    }

    /** The event as a JSON tree, for callers that embed it in a larger document (e.g. a page of the feed). */
    public static ObjectNode toNode(ReleaseEvent event) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("specversion", SPEC_VERSION);
        node.put("id", event.eventId().toString());
        node.put("source", source(event.domain()));
        node.put("type", event.type().cloudEventType(event.domain()));
        node.put("subject", event.recordId().toString());
        if (event.occurredAt() != null) {
            node.put("time", DateTimeFormatter.ISO_INSTANT.format(event.occurredAt())); // RFC 3339, UTC
        }
        node.put("datacontenttype", DATA_CONTENT_TYPE);
        node.put("dataschema", dataSchema(event.domain()));
        node.put(EXT_SEQUENCE, Long.toString(event.sequence()));
        node.put(EXT_VERSION, event.recordVersion());
        node.put(EXT_STATE, event.state().name());
        if (event.businessKey() != null) {
            node.put(EXT_BUSINESS_KEY, event.businessKey());
        }
        node.set("data", document(event));
        return node;
    }

    /** {@code urn:mdmhub:item}, {@code urn:mdmhub:bom}, … */
    public static String source(RecordType domain) {
        return SOURCE_PREFIX + domain.name().toLowerCase(Locale.ROOT);
    }

    /** The {@code $id} of the domain's published schema, e.g. {@code https://mdmhub.org/schemas/v1/item.schema.json}. */
    public static String dataSchema(RecordType domain) {
        return SCHEMA_BASE + domain.name().toLowerCase(Locale.ROOT) + ".schema.json";
    }

    private static JsonNode document(ReleaseEvent event) {
        try {
            JsonNode document = DOCUMENT_READER.readTree(event.document());
            if (document == null || !document.isObject()) {
                throw new IllegalArgumentException("the document of event " + event.eventId() + " is not a JSON object");
            }
            return document;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the document of event " + event.eventId() + " is not JSON", e);
        }
    }
}
