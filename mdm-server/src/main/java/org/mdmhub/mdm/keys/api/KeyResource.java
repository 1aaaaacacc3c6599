package org.mdmhub.mdm.keys.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mdmhub.mdm.keys.application.KeyCrossReference;
import org.mdmhub.mdm.keys.domain.KeyVisibility;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;
import org.mdmhub.mdm.platform.rest.QueryParams;
import org.mdmhub.mdm.security.PlmPublisherAccount;
import org.mdmhub.mdm.security.Roles;

/**
 * {@code /api/v1/keys}: the key cross-reference. Stewards and admins see every system; the PLM service account
 * only its own system (see {@link PlmPublisherAccount}).
 */
@Path("/keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Keys")
@RolesAllowed({Roles.STEWARD, Roles.ADMIN, Roles.PLM_PUBLISHER})
public class KeyResource {

    @Inject KeyCrossReference keys;
    @Inject PlmPublisherAccount plmPublisher;
    @Context SecurityContext security;

    @GET
    @Path("/{id}")
    @Operation(summary = "Every key of a golden record: its source key and, per Odoo subscription that received it,"
            + " the external id and database id (the PLM account: only PLM keys of records from PLM)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordKeysView.class)))
    public RecordKeysView get(@PathParam("id") String id) {
        return RecordKeysView.of(keys.keysOf(goldenId(id), visibility()));
    }

    @GET
    @Operation(summary = "The golden records a key of a system points to (normally one): system=PLM&key=P-100[&revision=A];"
            + " system=odoo also resolves external ids (mdm.item_<golden id>). The PLM account may ask only for its own system")
    @Parameter(name = "system", description = "the system the key belongs to, e.g. PLM or odoo", required = true)
    @Parameter(name = "key", description = "the key in that system, e.g. P-100 or mdm.item_<golden id>", required = true)
    @Parameter(name = "revision", description = "only records at this revision (items and BOMs)")
    @APIResponse(responseCode = "200", description = "OK: the records, empty when the key is unknown", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = KeyedRecordView.class)))
    public List<KeyedRecordView> resolve(@QueryParam("system") String system, @QueryParam("key") String key,
                                         @QueryParam("revision") String revision) {
        return keys.resolve(QueryParams.requiredText("system", system), QueryParams.requiredText("key", key),
                        QueryParams.text(revision), visibility())
                .stream().map(KeyedRecordView::of).toList();
    }

    private KeyVisibility visibility() {
        return security.isUserInRole(Roles.STEWARD) || security.isUserInRole(Roles.ADMIN)
                ? KeyVisibility.everySystem()
                : KeyVisibility.only(plmPublisher.system());
    }

    /** Unlike record paths, a malformed id here is the caller's mistake about the parameter, not an unknown record. */
    private static UUID goldenId(String id) {
        try {
            UUID parsed = UUID.fromString(id);
            if (parsed.toString().equalsIgnoreCase(id)) {
                return parsed;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new MdmException(ProblemType.BAD_PARAMETER, "Path parameter id must be a UUID",
                List.of(new FieldError("id", "must be a UUID")));
    }
}
