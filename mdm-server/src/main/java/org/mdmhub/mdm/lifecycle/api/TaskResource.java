package org.mdmhub.mdm.lifecycle.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mdmhub.mdm.lifecycle.application.ApprovalInbox;
import org.mdmhub.mdm.lifecycle.application.DecisionRetries;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.platform.json.SchemaName;
import org.mdmhub.mdm.security.Roles;

/** {@code /api/v1/tasks}: the approver's inbox. Candidate groups are the caller's realm roles. */
@Path("/tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
@RolesAllowed({Roles.STEWARD, Roles.APPROVER_ENGINEERING, Roles.APPROVER_PROCUREMENT, Roles.APPROVER_QUALITY,
        Roles.APPROVER_FINANCE, Roles.APPROVER_SALES, Roles.ADMIN})
public class TaskResource {

    @Inject ApprovalInbox inbox;
    @Inject Clock clock;
    @Inject DecisionRetries decisions;
    @Inject JsonSchemas schemas;
    @Context SecurityContext security;

    @GET
    @Operation(summary = "My tasks: those of my groups, and those assigned to me")
    public List<TaskView> mine() {
        return inbox.tasks(Callers.groups(security)).stream().map(t -> TaskView.of(t, clock.instant())).toList();
    }

    @POST
    @Path("/{id}/claim")
    @Operation(summary = "Take a task of one of my groups")
    public TaskView claim(@PathParam("id") String id) {
        return TaskView.of(inbox.claim(id, Callers.groups(security)), clock.instant());
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approve (optional comment)")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TaskDecision")))
    @APIResponse(responseCode = "204", description = "Done")
    public Response approve(@PathParam("id") String id, JsonNode body) {
        decisions.approve(id, decision(body).comment(), Callers.groups(security));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/reject")
    @Operation(summary = "Reject with a comment: new records go back to draft")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TaskDecision")))
    @APIResponse(responseCode = "204", description = "Done")
    public Response reject(@PathParam("id") String id, JsonNode body) {
        decisions.reject(id, decision(body).comment(), Callers.groups(security));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/delegate")
    @Operation(summary = "Hand a task to another member of its group")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TaskDecision")))
    @APIResponse(responseCode = "204", description = "Done")
    public Response delegate(@PathParam("id") String id, JsonNode body) {
        inbox.delegate(id, decision(body).user(), Callers.groups(security));
        return Response.noContent().build();
    }

    private Requests.DecisionBody decision(JsonNode body) {
        return body == null || body.isMissingNode() || body.isNull() ? new Requests.DecisionBody(null, null)
                : schemas.read(SchemaName.TASK_DECISION_V1, body, Requests.DecisionBody.class);
    }
}
