package org.mdmhub.mdm.bom.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mdmhub.mdm.bom.application.BomCatalog;
import org.mdmhub.mdm.platform.rest.PathIds;
import org.mdmhub.mdm.platform.rest.QueryParams;
import org.mdmhub.mdm.security.Roles;

/**
 * {@code /api/v1/items/{id}/where-used}: the BOMs that use an item. It lives with the BOMs, not the items,
 * because the answer is made of BOMs; the item feature knows nothing of BOMs.
 */
@Path("/items/{id}/where-used")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "BOMs")
@RolesAllowed({Roles.VIEWER, Roles.STEWARD, Roles.APPROVER_ENGINEERING, Roles.APPROVER_PROCUREMENT,
        Roles.APPROVER_QUALITY, Roles.APPROVER_FINANCE, Roles.APPROVER_SALES, Roles.ADMIN})
public class WhereUsedResource {

    @Inject BomCatalog catalog;

    @GET
    @Operation(summary = "Every BOM whose lines use this item: pinned to its revision, or floating; a page at a time")
    public WhereUsedView whereUsed(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return WhereUsedView.of(catalog.whereUsed(PathIds.parse(id, "Item"), QueryParams.page(page, size)));
    }
}
