package org.mdmhub.mdm.lifecycle.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
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
import org.mdmhub.mdm.audit.ChangeReason;
import org.mdmhub.mdm.lifecycle.application.ChangeRequestReading;
import org.mdmhub.mdm.lifecycle.application.LifecycleRequests;
import org.mdmhub.mdm.security.Roles;

/** {@code POST /{items|boms|suppliers|customers}/{id}/submit}: a change request with this one draft, submitted. */
@Path("/" + RecordLifecycle.COLLECTION + "/{id}/submit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lifecycle")
public class RecordSubmitResource {
    @Inject Clock clock;
    @Inject LifecycleRequests requests;
    @Inject ChangeRequestReading reading;
    @Inject ChangeReason reason;
    @Context UriInfo uri;
    @Context SecurityContext caller;

    @POST
    @RolesAllowed(Roles.STEWARD)
    @Operation(summary = "Submit a draft for approval (opens a change request with it)")
    @APIResponse(responseCode = "200", description = "The change request now under review", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangeRequestView.class)))
    public Response submit(@PathParam("collection") String collection, @PathParam("id") String id,
                           @HeaderParam("Change-Reason") String why) {
        reason.set(why);
        var changeRequest = requests.submit(RecordLifecycle.record(collection, id));
        return RecordLifecycle.answer(reading.of(changeRequest, Callers.seesSensitiveData(caller)), uri, clock.instant());
    }
}
