package org.mdmhub.mdm.lifecycle.api;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mdmhub.mdm.audit.ChangeReason;
import org.mdmhub.mdm.lifecycle.application.ChangeRequestEditing;
import org.mdmhub.mdm.lifecycle.application.ChangeRequestReading;
import org.mdmhub.mdm.lifecycle.application.ChangeRequestSnapshot;
import org.mdmhub.mdm.lifecycle.application.ChangeRequestSubmission;
import org.mdmhub.mdm.lifecycle.domain.ChangeRequest;
import org.mdmhub.mdm.lifecycle.domain.ChangeRequestStatus;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.platform.json.SchemaName;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.rest.PathIds;
import org.mdmhub.mdm.platform.rest.QueryParams;
import org.mdmhub.mdm.security.Roles;

/** {@code /api/v1/change-requests}: one approval for one or many records of any domain. */
@Path("/change-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change requests")
@RolesAllowed({Roles.VIEWER, Roles.STEWARD, Roles.APPROVER_ENGINEERING, Roles.APPROVER_PROCUREMENT,
        Roles.APPROVER_QUALITY, Roles.APPROVER_FINANCE, Roles.APPROVER_SALES, Roles.ADMIN})
public class ChangeRequestResource {

    @Inject Clock clock;
    @Inject ChangeRequestEditing editing;
    @Inject ChangeRequestSubmission submission;
    @Inject ChangeRequestReading reading;
    @Inject JsonSchemas schemas;
    @Inject ChangeReason reason;
    @Context UriInfo uri;
    @Context SecurityContext caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STEWARD)
    @Operation(summary = "Open a change request, optionally with its records")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ChangeRequest")))
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", ref = "Location"), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangeRequestView.class)))
    public Response open(JsonNode body, @HeaderParam("Change-Reason") String why) {
        Requests.ChangeRequestBody request = schemas.read(SchemaName.CHANGE_REQUEST_V1, body, Requests.ChangeRequestBody.class);
        reason.set(why);
        ChangeRequest cr = editing.open(request.title(), request.releaseAt(), request.additions());
        return Response.created(uri.getAbsolutePathBuilder().path(cr.id().toString()).build()).entity(view(cr)).build();
    }

    @POST
    @Path("/{id}/records")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STEWARD)
    @Operation(summary = "Add records to an open change request")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ChangeRequestRecords")))
    public ChangeRequestView add(@PathParam("id") String id, JsonNode body) {
        Requests.RecordsBody request = schemas.read(SchemaName.CHANGE_REQUEST_RECORDS_V1, body, Requests.RecordsBody.class);
        return view(editing.add(parseId(id), request.additions()));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.STEWARD)
    @Operation(summary = "Submit a change request for approval")
    public ChangeRequestView submit(@PathParam("id") String id, @HeaderParam("Change-Reason") String why) {
        reason.set(why);
        return view(submission.submit(parseId(id)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A change request with its records, decisions and open tasks")
    public ChangeRequestView get(@PathParam("id") String id) {
        return reading.byId(parseId(id), Callers.seesSensitiveData(caller)).map(this::render)
                .orElseThrow(() -> MdmException.notFound("Change request " + id));
    }

    @GET
    @Operation(summary = "Recent change requests, optionally by status")
    public List<ChangeRequestView> list(@QueryParam("status") String status, @QueryParam("size") String size) {
        int limit = QueryParams.page("0", size).size();
        return reading.recent(QueryParams.enumValue("status", status, ChangeRequestStatus.class), limit,
                Callers.seesSensitiveData(caller)).stream().map(this::render).toList();
    }

    private ChangeRequestView view(ChangeRequest cr) {
        return render(reading.of(cr, Callers.seesSensitiveData(caller)));
    }

    private ChangeRequestView render(ChangeRequestSnapshot snapshot) {
        return ChangeRequestView.of(snapshot, clock.instant());
    }

    static UUID parseId(String id) {
        return PathIds.parse(id, "Change request");
    }
}
