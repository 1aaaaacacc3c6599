package org.mdmhub.mdm.lifecycle.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mdmhub.mdm.lifecycle.application.LifecycleRequests;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.security.Roles;

/** {@code POST /{items|boms|suppliers|customers}/{id}/block}. */
@Path("/" + RecordLifecycle.COLLECTION + "/{id}/block")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lifecycle")
public class RecordBlockResource {
    @Inject LifecycleRequests requests;
    @Inject JsonSchemas schemas;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STEWARD, Roles.APPROVER_QUALITY})
    @Operation(summary = "Block a released record at once (quality hold, credit block); the reason is kept")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LifecycleReason")))
    @APIResponse(responseCode = "204", description = "Blocked")
    public Response block(@PathParam("collection") String collection, @PathParam("id") String id, JsonNode body) {
        requests.block(RecordLifecycle.record(collection, id), RecordLifecycle.reason(schemas, body));
        return Response.noContent().build();
    }
}
