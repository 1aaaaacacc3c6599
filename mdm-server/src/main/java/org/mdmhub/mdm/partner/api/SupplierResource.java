package org.mdmhub.mdm.partner.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mdmhub.mdm.audit.ChangeReason;
import org.mdmhub.mdm.audit.HistoryViews;
import org.mdmhub.mdm.audit.RecordVersion;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.partner.application.SupplierCatalog;
import org.mdmhub.mdm.partner.application.SupplierDrafting;
import org.mdmhub.mdm.partner.application.SupplierSnapshot;
import org.mdmhub.mdm.partner.domain.SupplierSearch;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.platform.json.SchemaName;
import org.mdmhub.mdm.platform.rest.ETags;
import org.mdmhub.mdm.platform.rest.PageView;
import org.mdmhub.mdm.platform.rest.PathIds;
import org.mdmhub.mdm.platform.rest.QueryParams;
import org.mdmhub.mdm.security.Roles;

/**
 * {@code /api/v1/suppliers}: supplier golden records. Stewards write drafts; every business role reads, and
 * sees bank account numbers in clear only with the finance or admin role ({@link BankDetails}).
 */
@Path("/suppliers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suppliers")
@RolesAllowed({Roles.VIEWER, Roles.STEWARD, Roles.APPROVER_ENGINEERING, Roles.APPROVER_PROCUREMENT,
        Roles.APPROVER_QUALITY, Roles.APPROVER_FINANCE, Roles.APPROVER_SALES, Roles.ADMIN})
public class SupplierResource {

    /** Optional request header: why this change is made; kept in the audit trail. */
    static final String CHANGE_REASON = "Change-Reason";

    @Inject SupplierDrafting drafting;
    @Inject SupplierCatalog catalog;
    @Inject JsonSchemas schemas;
    @Inject ChangeReason reason;
    @Context UriInfo uri;
    @Context SecurityContext caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STEWARD)
    @Operation(summary = "Create a supplier draft")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Supplier")))
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")}, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupplierView.class)))
    public Response create(JsonNode body, @HeaderParam(CHANGE_REASON) String why) {
        SupplierRequest request = schemas.read(SchemaName.SUPPLIER_V1, body, SupplierRequest.class);
        reason.set(why);
        SupplierSnapshot supplier = drafting.create(request.toAttributes());
        return Response.created(uri.getAbsolutePathBuilder().path(supplier.id().toString()).build())
                .tag(ETags.of(supplier.lockVersion()))
                .entity(view(supplier))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a supplier (ETag; If-None-Match gives 304 when unchanged); asOf=<ISO instant> reads it as it was then")
    @Parameter(in = ParameterIn.HEADER, name = "If-None-Match", description = "an ETag read before: 304 if the record is unchanged", schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupplierView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match carried the current ETag")
    public Response get(@PathParam("id") String id, @QueryParam("asOf") String asOf, @Context Request request) {
        Instant at = QueryParams.instant("asOf", asOf);
        if (at != null) {
            return Response.ok(view(catalog.asOf(parseId(id), at))).build();
        }
        SupplierSnapshot supplier = catalog.get(parseId(id));
        return ETags.current(request, supplier.lockVersion(), view(supplier));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STEWARD)
    @Operation(summary = "Replace the attributes of a supplier draft, lines included (If-Match required)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Supplier")))
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupplierView.class)))
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @HeaderParam(CHANGE_REASON) String why, JsonNode body) {
        UUID supplierId = parseId(id);
        long expected = ETags.requireIfMatch(ifMatch);
        SupplierRequest request = schemas.read(SchemaName.SUPPLIER_V1, body, SupplierRequest.class);
        reason.set(why);
        SupplierSnapshot supplier = drafting.revise(supplierId, expected, request.toAttributes());
        return Response.ok(view(supplier)).tag(ETags.of(supplier.lockVersion())).build();
    }

    @GET
    @Operation(summary = "List and search suppliers, a page at a time")
    public PageView<SupplierView> list(@QueryParam("number") String number, @QueryParam("name") String name,
                                       @QueryParam("country") String country, @QueryParam("state") String state,
                                       @QueryParam("page") String page, @QueryParam("size") String size) {
        String countryCode = QueryParams.text(country);
        SupplierSearch search = new SupplierSearch(QueryParams.text(number), QueryParams.text(name),
                countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT),
                QueryParams.enumValue("state", state, LifecycleState.class));
        BankDetails bankDetails = BankDetails.shownTo(caller);
        return PageView.of(catalog.search(search, QueryParams.page(page, size)), s -> SupplierView.of(s, bankDetails));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every saved version of a supplier: who, when, why, which fields changed")
    public List<HistoryViews.Entry> history(@PathParam("id") String id) {
        return HistoryViews.entries(versions(parseId(id)));
    }

    @GET
    @Path("/{id}/history/{version}")
    @Operation(summary = "One version of a supplier in full (IBANs masked unless you have the finance role)")
    public HistoryViews.Version version(@PathParam("id") String id, @PathParam("version") String version) {
        return HistoryViews.version(versions(parseId(id)), QueryParams.integer("version", version));
    }

    @GET
    @Path("/{id}/diff")
    @Operation(summary = "Field-level differences between two versions of a supplier (from, to); IBANs masked unless you have the finance role")
    public HistoryViews.Diff diff(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return HistoryViews.diff(versions(parseId(id)), QueryParams.integer("from", from), QueryParams.integer("to", to));
    }

    /** Each saved version as this caller may see it: history and diffs are built from these documents. */
    private List<RecordVersion> versions(UUID id) {
        BankDetails bankDetails = BankDetails.shownTo(caller);
        return catalog.revisions(id).stream().map(r -> new RecordVersion(r.state().version(), r.state().state().name(),
                r.revision(), r.kind(), Json.mapper().valueToTree(SupplierView.of(r.state(), bankDetails))))
                .toList();
    }

    private SupplierView view(SupplierSnapshot supplier) {
        return SupplierView.of(supplier, BankDetails.shownTo(caller));
    }

    private static UUID parseId(String id) {
        return PathIds.parse(id, "Supplier");
    }
}
