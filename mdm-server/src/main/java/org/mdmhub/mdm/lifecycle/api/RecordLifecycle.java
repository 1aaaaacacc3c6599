package org.mdmhub.mdm.lifecycle.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.application.ChangeRequestSnapshot;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.platform.json.SchemaName;
import org.mdmhub.mdm.platform.problem.MdmException;

/**
 * Shared by the lifecycle action resources ({@code POST /{collection}/{id}/submit|block|unblock|obsolete}).
 * Each action is its own small resource class because JAX-RS picks a root resource by its literal path: a
 * literal action segment is what makes these win over {@code /items} for their paths.
 */
final class RecordLifecycle {
    static final String COLLECTION = "{collection: items|boms|suppliers|customers}";
    private static final Map<String, RecordType> COLLECTIONS = Map.of("items", RecordType.ITEM, "boms", RecordType.BOM,
            "suppliers", RecordType.SUPPLIER, "customers", RecordType.CUSTOMER);

    private RecordLifecycle() {
    }

    static String reason(JsonSchemas schemas, JsonNode body) {
        return request(schemas, body).reason().strip();
    }

    static ReasonBody request(JsonSchemas schemas, JsonNode body) {
        return schemas.read(SchemaName.LIFECYCLE_REASON_V1, body, ReasonBody.class);
    }

    /** The change request an action opened, with where to find it. */
    static Response answer(ChangeRequestSnapshot cr, UriInfo uri, Instant now) {
        return Response.ok(ChangeRequestView.of(cr, now))
                .contentLocation(uri.getBaseUriBuilder().path(ChangeRequestResource.class).path(cr.id().toString()).build())
                .build();
    }

    /** {@code acknowledgeWhereUsed}: for obsolete — the caller has seen who still uses the record. */
    record ReasonBody(String reason, Boolean acknowledgeWhereUsed) {
        boolean acknowledged() {
            return Boolean.TRUE.equals(acknowledgeWhereUsed);
        }
    }

    static RecordRef record(String collection, String id) {
        try {
            return new RecordRef(COLLECTIONS.get(collection), UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw MdmException.notFound(collection + " " + id);
        }
    }
}
