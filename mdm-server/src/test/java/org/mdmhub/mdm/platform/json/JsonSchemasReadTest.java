package org.mdmhub.mdm.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.item.api.PlantExtensionRequest;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;

/** A document the schema lets through but the request record cannot hold is the client's error, named at its field. */
class JsonSchemasReadTest {
    private final JsonSchemas schemas = new JsonSchemas();

    @Test
    void anIntegerBeyondWhatTheRecordHoldsIsAFieldErrorNotAServerFailure() throws Exception {
        var document = Json.mapper().readTree("{\"procurementType\":\"external\",\"leadTimeDays\":1e400}");
        MdmException refused = assertThrows(MdmException.class,
                () -> schemas.read(SchemaName.ITEM_PLANT_V1, document, PlantExtensionRequest.class));
        assertEquals(List.of("leadTimeDays"), refused.errors().stream().map(FieldError::field).toList());
    }
}
