package org.mdmhub.mdm.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.platform.problem.FieldError;

/** The published BOM schema accepts a full BOM and names each field it refuses, lines by their index. */
class BomSchemaTest {
    private final JsonSchemas schemas = new JsonSchemas();
    private final ObjectMapper mapper = new ObjectMapper();

    private List<FieldError> errors(String json) throws Exception {
        JsonNode node = mapper.readTree(json);
        return schemas.validate(SchemaName.BOM_V1, node);
    }

    private List<String> fields(String json) throws Exception {
        return errors(json).stream().map(FieldError::field).toList();
    }

    @Test
    void acceptsACompleteBom() throws Exception {
        assertEquals(List.of(), errors("""
                {"parent":{"itemNumber":"100-200","revision":"A"},"bomRevision":"A",
                 "producedQuantity":{"value":1,"unit":"C62"},"type":"manufacture","plants":["P100","P200"],
                 "effectiveFrom":"2027-01-01","effectiveTo":"2027-12-31",
                 "lines":[
                   {"id":"6f1c3e3a-5b0e-4a56-9d0f-3f1f6a1f0a11","position":10,
                    "component":{"itemNumber":"300-1","revision":"B"},"quantity":4,"unit":"C62","scrapPercent":2.5,
                    "effectiveFrom":"2027-02-01","effectiveTo":"2027-06-30"},
                   {"position":20,"component":{"itemNumber":"STEEL-S235"},"quantity":0.25,"unit":"KGM"}],
                 "source":{"system":"plm","key":"BOM-100-200"}}"""));
    }

    @Test
    void namesMissingRequiredFields() throws Exception {
        assertEquals(List.of("bomRevision", "lines", "producedQuantity", "type"),
                fields("{\"parent\":{\"itemNumber\":\"X1\",\"revision\":\"A\"}}"));
    }

    @Test
    void namesLineFieldsByTheirIndex() throws Exception {
        List<FieldError> errors = errors("""
                {"parent":{"itemNumber":"P1","revision":"A"},"bomRevision":"A",
                 "producedQuantity":{"value":1,"unit":"C62"},"type":"kit",
                 "lines":[{"position":10,"component":{"itemNumber":"C1"},"quantity":1,"unit":"C62"},
                          {"position":0,"component":{"itemNumber":"c 2","colour":"red"},"quantity":0,"unit":"C62",
                           "scrapPercent":100,"id":"not-a-uuid","effectiveTo":"2027-02-30"}]}""");
        assertEquals(List.of("lines[1].component.colour", "lines[1].component.itemNumber", "lines[1].effectiveTo",
                "lines[1].id", "lines[1].position", "lines[1].quantity", "lines[1].scrapPercent"),
                errors.stream().map(FieldError::field).toList(), errors.toString());
        assertTrue(errors.get(0).message().contains("not a known field"), errors.toString());
    }

    @Test
    void refusesAnEmptyBomUnknownTypesAndDuplicatePlants() throws Exception {
        assertEquals(List.of("lines", "plants", "type"), fields("""
                {"parent":{"itemNumber":"P1","revision":"A"},"bomRevision":"A",
                 "producedQuantity":{"value":1,"unit":"C62"},"type":"assembly","plants":["P1","P1"],"lines":[]}"""));
    }

    @Test
    void refusesNegativeAndZeroQuantitiesAndBadRevisions() throws Exception {
        assertEquals(List.of("bomRevision", "parent.revision", "producedQuantity.value"), fields("""
                {"parent":{"itemNumber":"P1","revision":"a"},"bomRevision":"ABC",
                 "producedQuantity":{"value":-1,"unit":"C62"},"type":"phantom",
                 "lines":[{"position":10,"component":{"itemNumber":"C1"},"quantity":1,"unit":"C62"}]}"""));
    }
}
