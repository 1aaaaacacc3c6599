package org.mdmhub.mdm.publication.cloudevents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.platform.json.SchemaName;
import org.mdmhub.mdm.publication.ReleaseEventFixture;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;

class CloudEventJsonTest {

    private static final JsonSchema CLOUD_EVENT = cloudEventSchema();

    @Test
    void carriesEveryRequiredAndOptionalAttributeOfTheSpecification() throws IOException {
        UUID recordId = UUID.fromString("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
        ReleaseEvent event = ReleaseEventFixture.item().recordId(recordId).version(3).sequence(42).build();

        JsonNode json = parse(CloudEventJson.toJson(event));

        assertEquals("1.0", json.get("specversion").asText());
        assertEquals(event.eventId().toString(), json.get("id").asText());
        assertEquals("urn:mdmhub:item", json.get("source").asText());
        assertEquals("org.mdmhub.item.released", json.get("type").asText());
        assertEquals(recordId.toString(), json.get("subject").asText());
        assertEquals("2026-03-14T09:26:53.589Z", json.get("time").asText());
        assertEquals("application/json", json.get("datacontenttype").asText());
        assertEquals("https://mdmhub.org/schemas/v1/item.schema.json", json.get("dataschema").asText());
        assertTrue(json.get("mdmsequence").isTextual());
        assertEquals("42", json.get("mdmsequence").asText());
        assertTrue(json.get("mdmversion").isInt());
        assertEquals(3, json.get("mdmversion").asInt());
        assertEquals("RELEASED", json.get("mdmstate").asText());
        assertEquals("100-200/A", json.get("mdmbusinesskey").asText());
        assertEquals(Set.of(), validate(json));
    }

    @Test
    void dataIsTheDocumentAsJsonNotAString() throws IOException {
        ReleaseEvent event = ReleaseEventFixture.item().build();

        JsonNode data = parse(CloudEventJson.toJson(event)).get("data");

        assertTrue(data.isObject());
        assertEquals(parse(ReleaseEventFixture.ITEM_DOCUMENT), data);
        assertEquals(List.of(), new JsonSchemas().validate(SchemaName.ITEM_V1, data));
    }

    @Test
    void decimalsKeepTheirWrittenForm() {
        String json = CloudEventJson.toJson(ReleaseEventFixture.item().build());

        assertTrue(json.contains("\"weight\":{\"value\":1.50,\"unit\":\"KGM\"}"), json);
    }

    @Test
    void theSchemaOfDataIsTheIdOfThePublishedSchemaFile() throws IOException {
        for (RecordType domain : RecordType.values()) {
            String file = "schemas/v1/" + domain.name().toLowerCase() + ".schema.json";
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
                assertEquals(CloudEventJson.dataSchema(domain), Json.mapper().readTree(in).get("$id").asText(), file);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(RecordType.class)
    void eachDomainHasItsOwnSourceAndType(RecordType domain) throws IOException {
        JsonNode json = parse(CloudEventJson.toJson(ReleaseEventFixture.supplier().domain(domain).blocked().build()));

        assertEquals("urn:mdmhub:" + domain.name().toLowerCase(), json.get("source").asText());
        assertEquals("org.mdmhub." + domain.name().toLowerCase() + ".blocked", json.get("type").asText());
        assertEquals("BLOCKED", json.get("mdmstate").asText());
        assertEquals(Set.of(), validate(json));
    }

    @Test
    void aSequenceBeyondThirtyTwoBitsStaysExact() throws IOException {
        JsonNode json = parse(CloudEventJson.toJson(ReleaseEventFixture.item().sequence(9_007_199_254_740_993L).build()));

        assertEquals("9007199254740993", json.get("mdmsequence").asText());
        assertEquals(Set.of(), validate(json));
    }

    @Test
    void attributesThatAreUnknownAreLeftOutNotNull() throws IOException {
        JsonNode json = parse(CloudEventJson.toJson(ReleaseEventFixture.item().businessKey(null).occurredAt(null).build()));

        assertFalse(json.has("mdmbusinesskey"));
        assertFalse(json.has("time"));
        assertEquals(Set.of(), validate(json));
    }

    @Test
    void extensionNamesFollowTheNamingRule() throws IOException {
        Iterator<String> names = parse(CloudEventJson.toJson(ReleaseEventFixture.item().build())).fieldNames();
        names.forEachRemaining(name -> assertTrue(name.matches("[a-z0-9]{1,20}"), name));
    }

    @Test
    void theTestSchemaCatchesWhatTheSpecificationForbids() throws IOException { // so a green validation means something
        assertFalse(validate(parse("{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"urn:x\"}")).isEmpty());
        assertFalse(validate(parse("{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"urn:x\",\"type\":\"t\",\"mdm_seq\":\"1\"}")).isEmpty());
        assertFalse(validate(parse("{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"urn:x\",\"type\":\"t\",\"mdmseq\":4294967296}")).isEmpty());
        assertFalse(validate(parse("{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"urn:x\",\"type\":\"t\",\"time\":\"yesterday\"}")).isEmpty());
    }

    @Test
    void aDocumentThatIsNotAJsonObjectIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> CloudEventJson.toJson(ReleaseEventFixture.item().document("{\"truncated\":").build()));
        assertThrows(IllegalArgumentException.class,
                () -> CloudEventJson.toJson(ReleaseEventFixture.item().document("[1,2]").build()));
    }

    private static JsonNode parse(String json) throws IOException {
        return Json.mapper().readTree(json);
    }

    private static Set<ValidationMessage> validate(JsonNode json) {
        return CLOUD_EVENT.validate(json);
    }

    private static JsonSchema cloudEventSchema() {
        try (InputStream in = CloudEventJsonTest.class.getResourceAsStream("/cloudevents/cloudevent-v1.0-structured.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
