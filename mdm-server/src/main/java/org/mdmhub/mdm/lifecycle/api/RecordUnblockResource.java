package org.mdmhub.mdm.lifecycle.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mdmhub.mdm.lifecycle.application.ChangeRequestReading;
import org.mdmhub.mdm.lifecycle.application.LifecycleRequests;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.security.Roles;

/** {@code POST /{items|boms|suppliers|customers}/{id}/unblock}. */
@Path("/" + RecordLifecycle.COLLECTION + "/{id}/unblock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lifecycle")
public class RecordUnblockResource {
    @Inject Clock clock;
    @Inject LifecycleRequests requests;
    @Inject ChangeRequestReading reading;
    @Inject JsonSchemas schemas;
    @Context UriInfo uri;
    @Context SecurityContext caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STEWARD, Roles.APPROVER_QUALITY})
    @Operation(summary = "Ask to lift a block (goes through approval)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LifecycleReason")))
    @APIResponse(responseCode = "200", description = "The change request now under review", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangeRequestView.class)))
    public Response unblock(@PathParam("collection") String collection, @PathParam("id") String id, JsonNode body) {
        var changeRequest = requests.unblock(RecordLifecycle.record(collection, id), RecordLifecycle.reason(schemas, body));
        return RecordLifecycle.answer(reading.of(changeRequest, Callers.seesSensitiveData(caller)), uri, clock.instant());
    }
}
