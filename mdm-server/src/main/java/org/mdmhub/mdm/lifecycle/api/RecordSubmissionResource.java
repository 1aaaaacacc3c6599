package org.mdmhub.mdm.lifecycle.api;

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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mdmhub.mdm.audit.ChangeReason;
import org.mdmhub.mdm.lifecycle.application.ChangeRequestEditing;
import org.mdmhub.mdm.lifecycle.application.ChangeRequestSubmission;
import org.mdmhub.mdm.lifecycle.application.GovernedDomains;
import org.mdmhub.mdm.lifecycle.domain.ApprovalDecisions;
import org.mdmhub.mdm.lifecycle.domain.ApprovalWorkflow;
import org.mdmhub.mdm.lifecycle.domain.ChangeRequest;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.security.Roles;

/**
 * {@code POST /{items|boms|suppliers|customers}/{id}/submit}: submit one draft for approval. A shortcut for
 * opening a change request with that one record and submitting it; the answer is that change request.
 */
@Path("/{collection: items|boms|suppliers|customers}/{id}/submit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change requests")
public class RecordSubmissionResource {
    private static final Map<String, RecordType> COLLECTIONS = Map.of("items", RecordType.ITEM, "boms", RecordType.BOM,
            "suppliers", RecordType.SUPPLIER, "customers", RecordType.CUSTOMER);

    @Inject GovernedDomains domains;
    @Inject ChangeRequestEditing editing;
    @Inject ChangeRequestSubmission submission;
    @Inject ApprovalDecisions decisions;
    @Inject ApprovalWorkflow workflow;
    @Inject ChangeReason reason;
    @Context UriInfo uri;

    @POST
    @RolesAllowed(Roles.STEWARD)
    @Operation(summary = "Submit a draft record for approval (opens a change request with it)")
    public Response submit(@PathParam("collection") String collection, @PathParam("id") String id,
                           @HeaderParam("Change-Reason") String why) {
        RecordRef record = new RecordRef(COLLECTIONS.get(collection), parseId(id, collection));
        reason.set(why);
        String name = domains.of(record.type()).describe(record.id());
        ChangeRequest cr = editing.open("Release " + name, null);
        editing.add(cr.id(), List.of(new ChangeRequestEditing.Addition(record, null)));
        cr = submission.submit(cr.id());
        return Response.ok(ChangeRequestView.of(cr, decisions.of(cr.id()), workflow.openTasks(cr.id())))
                .contentLocation(uri.getBaseUriBuilder().path(ChangeRequestResource.class).path(cr.id().toString()).build())
                .build();
    }

    private static UUID parseId(String id, String collection) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw MdmException.notFound(collection + " " + id);
        }
    }
}
