package org.mdmhub.mdm.publication.api;

import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mdmhub.mdm.platform.rest.PathIds;
import org.mdmhub.mdm.publication.application.Reconciliations;
import org.mdmhub.mdm.security.CurrentUser;
import org.mdmhub.mdm.security.Roles;

/** {@code /api/v1/reconciliations}: one kept report, and its one-step repair (re-publish what is missing or stale). */
@Path("/reconciliations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publication")
@RolesAllowed(Roles.ADMIN)
public class ReconciliationResource {
    @Inject Reconciliations reconciliations;
    @Inject CurrentUser user;

    @GET
    @Path("/{id}")
    @Operation(summary = "One reconciliation report")
    public ReconciliationView get(@PathParam("id") String id) {
        return ReconciliationView.of(reconciliations.get(PathIds.parse(id, "reconciliation")));
    }

    @POST
    @Path("/{id}/repair")
    @Operation(summary = "Re-publish every missing or stale record of the report (unexpected ones are left to a person)")
    @APIResponse(responseCode = "202", description = "Accepted: the repairs are queued", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "queued", properties = @SchemaProperty(name = "queued", type = SchemaType.INTEGER, description = "deliveries queued to repair the drift"))))
    @APIResponse(responseCode = "502", description = "Target unavailable")
    public Response repair(@PathParam("id") String id) {
        int queued = reconciliations.repair(PathIds.parse(id, "reconciliation"), user.name());
        return Response.accepted(Map.of("queued", queued)).build();
    }
}
