package org.mdmhub.mdm.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.platform.problem.FieldError;

/** The published item schema accepts a full item and names each field it refuses. */
class ItemSchemaTest {
    private final JsonSchemas schemas = new JsonSchemas();
    private final ObjectMapper mapper = new ObjectMapper();

    private List<FieldError> errors(String json) throws Exception {
        JsonNode node = mapper.readTree(json);
        return schemas.validate(SchemaName.ITEM_V1, node);
    }

    @Test
    void acceptsACompleteItem() throws Exception {
        assertEquals(List.of(), errors("""
                {"itemNumber":"100-200","revision":"A","name":"Bolt M6","description":"zinc","type":"component",
                 "baseUnit":"C62","gtin":"4006381333931","category":"FASTENERS","makeOrBuy":"buy",
                 "weight":{"value":0.012,"unit":"KGM"},"effectiveFrom":"2026-01-01",
                 "source":{"system":"plm","key":"P-1"}}"""));
    }

    @Test
    void namesMissingRequiredFields() throws Exception {
        List<String> fields = errors("{\"itemNumber\":\"X1\"}").stream().map(FieldError::field).toList();
        assertEquals(List.of("baseUnit", "name", "revision", "type"), fields);
    }

    @Test
    void namesUnknownFieldsAndWrongTypes() throws Exception {
        List<FieldError> errors = errors("""
                {"itemNumber":"X1","revision":"A","name":"n","type":"component","baseUnit":"C62",
                 "colour":"red","weight":{"value":"heavy","unit":"KGM"}}""");
        assertEquals(List.of("colour", "weight.value"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).message().contains("not a known field"), errors.toString());
    }

    @Test
    void refusesBadFormats() throws Exception {
        List<String> fields = errors("""
                {"itemNumber":"x 1","revision":"a","name":"n","type":"gizmo","baseUnit":"C62",
                 "gtin":"12ab","effectiveFrom":"2026-13-40"}""").stream().map(FieldError::field).toList();
        assertEquals(List.of("effectiveFrom", "gtin", "itemNumber", "revision", "type"), fields);
    }
}
