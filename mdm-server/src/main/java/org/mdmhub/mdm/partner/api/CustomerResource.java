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
import org.mdmhub.mdm.partner.application.CustomerCatalog;
import org.mdmhub.mdm.partner.application.CustomerDrafting;
import org.mdmhub.mdm.partner.application.CustomerSnapshot;
import org.mdmhub.mdm.partner.domain.CreditStatus;
import org.mdmhub.mdm.partner.domain.CustomerSearch;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.platform.json.SchemaName;
import org.mdmhub.mdm.platform.rest.ETags;
import org.mdmhub.mdm.platform.rest.PageView;
import org.mdmhub.mdm.platform.rest.PathIds;
import org.mdmhub.mdm.platform.rest.QueryParams;
import org.mdmhub.mdm.security.Roles;

/** {@code /api/v1/customers}: customer golden records. Stewards write drafts; every business role reads. */
@Path("/customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
@RolesAllowed({Roles.VIEWER, Roles.STEWARD, Roles.APPROVER_ENGINEERING, Roles.APPROVER_PROCUREMENT,
        Roles.APPROVER_QUALITY, Roles.APPROVER_FINANCE, Roles.APPROVER_SALES, Roles.ADMIN})
public class CustomerResource {

    /** Optional request header: why this change is made; kept in the audit trail. */
    static final String CHANGE_REASON = "Change-Reason";

    @Inject CustomerDrafting drafting;
    @Inject CustomerCatalog catalog;
    @Inject JsonSchemas schemas;
    @Inject ChangeReason reason;
    @Context UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STEWARD)
    @Operation(summary = "Create a customer draft")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Customer")))
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")}, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerView.class)))
    public Response create(JsonNode body, @HeaderParam(CHANGE_REASON) String why) {
        CustomerRequest request = schemas.read(SchemaName.CUSTOMER_V1, body, CustomerRequest.class);
        reason.set(why);
        CustomerSnapshot customer = drafting.create(request.toAttributes());
        return Response.created(uri.getAbsolutePathBuilder().path(customer.id().toString()).build())
                .tag(ETags.of(customer.lockVersion()))
                .entity(CustomerView.of(customer))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a customer (ETag; If-None-Match gives 304 when unchanged); asOf=<ISO instant> reads it as it was then")
    @Parameter(in = ParameterIn.HEADER, name = "If-None-Match", description = "an ETag read before: 304 if the record is unchanged", schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match carried the current ETag")
    public Response get(@PathParam("id") String id, @QueryParam("asOf") String asOf, @Context Request request) {
        Instant at = QueryParams.instant("asOf", asOf);
        if (at != null) {
            return Response.ok(CustomerView.of(catalog.asOf(parseId(id), at))).build();
        }
        CustomerSnapshot customer = catalog.get(parseId(id));
        return ETags.current(request, customer.lockVersion(), CustomerView.of(customer));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STEWARD)
    @Operation(summary = "Replace the attributes of a customer draft, lines included (If-Match required)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Customer")))
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerView.class)))
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @HeaderParam(CHANGE_REASON) String why, JsonNode body) {
        UUID customerId = parseId(id);
        long expected = ETags.requireIfMatch(ifMatch);
        CustomerRequest request = schemas.read(SchemaName.CUSTOMER_V1, body, CustomerRequest.class);
        reason.set(why);
        CustomerSnapshot customer = drafting.revise(customerId, expected, request.toAttributes());
        return Response.ok(CustomerView.of(customer)).tag(ETags.of(customer.lockVersion())).build();
    }

    @GET
    @Operation(summary = "List and search customers, a page at a time")
    public PageView<CustomerView> list(@QueryParam("number") String number, @QueryParam("name") String name,
                                       @QueryParam("country") String country, @QueryParam("state") String state,
                                       @QueryParam("creditStatus") String creditStatus,
                                       @QueryParam("page") String page, @QueryParam("size") String size) {
        String countryCode = QueryParams.text(country);
        CustomerSearch search = new CustomerSearch(QueryParams.text(number), QueryParams.text(name),
                countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT),
                QueryParams.enumValue("state", state, LifecycleState.class),
                QueryParams.enumValue("creditStatus", creditStatus, CreditStatus.class));
        return PageView.of(catalog.search(search, QueryParams.page(page, size)), CustomerView::of);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every saved version of a customer: who, when, why, which fields changed")
    public List<HistoryViews.Entry> history(@PathParam("id") String id) {
        return HistoryViews.entries(versions(parseId(id)));
    }

    @GET
    @Path("/{id}/history/{version}")
    @Operation(summary = "One version of a customer in full")
    public HistoryViews.Version version(@PathParam("id") String id, @PathParam("version") String version) {
        return HistoryViews.version(versions(parseId(id)), QueryParams.integer("version", version));
    }

    @GET
    @Path("/{id}/diff")
    @Operation(summary = "Field-level differences between two versions of a customer (from, to)")
    public HistoryViews.Diff diff(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return HistoryViews.diff(versions(parseId(id)), QueryParams.integer("from", from), QueryParams.integer("to", to));
    }

    private List<RecordVersion> versions(UUID id) {
        return catalog.revisions(id).stream().map(r -> new RecordVersion(r.state().version(), r.state().state().name(),
                r.revision(), r.kind(), Json.mapper().valueToTree(CustomerView.of(r.state()))))
                .toList();
    }

    private static UUID parseId(String id) {
        return PathIds.parse(id, "Customer");
    }
}
