package org.mdmhub.mdm.publication.api;

import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;
import org.mdmhub.mdm.platform.rest.PathIds;
import org.mdmhub.mdm.publication.application.Deliveries;
import org.mdmhub.mdm.security.CurrentUser;
import org.mdmhub.mdm.security.Roles;

/**
 * {@code /api/v1/deliveries}: the delivery log by record (did my release reach Odoo?) and one delivery with
 * every attempt. Stewards may read a record's log; only admins see attempts in full and replay.
 */
@Path("/deliveries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publication")
@RolesAllowed(Roles.ADMIN)
public class DeliveryResource {
    @Inject Deliveries deliveries;
    @Inject CurrentUser user;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STEWARD})
    @Operation(summary = "Every delivery of one record, to every subscription, newest first (?record=<golden id>)")
    public List<DeliveryView> ofRecord(@QueryParam("record") String record) {
        if (record == null) {
            throw new MdmException(ProblemType.BAD_PARAMETER, "Name the record: ?record=<golden id>",
                    List.of(new FieldError("record", "is required")));
        }
        return deliveries.ofRecord(PathIds.parse(record, "record")).stream().map(d -> DeliveryView.of(d, null)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One delivery with every attempt (time, latency, outcome, the target's error)")
    public DeliveryView get(@PathParam("id") String id) {
        var detail = deliveries.detail(deliveryId(id));
        return DeliveryView.of(detail.delivery(), detail.attempts());
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Send this delivery's event again (refused if a newer version of the record was delivered since)")
    @APIResponse(responseCode = "202", description = "Accepted: a new delivery is queued", headers = @Header(name = "Location", ref = "Location"), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "delivery", properties = @SchemaProperty(name = "delivery", type = SchemaType.STRING, format = "uuid", description = "the id of the new delivery"))))
    public Response replay(@PathParam("id") String id) {
        long replay = deliveries.replayDelivery(deliveryId(id), user.name());
        return Response.accepted(Map.of("delivery", replay)).location(URI.create("deliveries/" + replay)).build();
    }

    private static long deliveryId(String id) {
        try {
            long value = Long.parseLong(id);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new MdmException(ProblemType.BAD_PARAMETER, "'" + id + "' is not a delivery id (a positive number)",
                List.of(new FieldError("id", "is not a delivery id")));
    }
}
