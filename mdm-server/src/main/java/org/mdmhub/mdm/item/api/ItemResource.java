package org.mdmhub.mdm.item.api;

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
import jakarta.ws.rs.DELETE;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mdmhub.mdm.audit.ChangeReason;
import org.mdmhub.mdm.audit.HistoryViews;
import org.mdmhub.mdm.audit.RecordVersion;
import org.mdmhub.mdm.item.application.ItemCatalog;
import org.mdmhub.mdm.item.application.ItemDocument;
import org.mdmhub.mdm.item.application.ItemDrafting;
import org.mdmhub.mdm.item.application.ItemSnapshot;
import org.mdmhub.mdm.item.domain.ItemSearch;
import org.mdmhub.mdm.item.domain.ItemType;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.platform.json.SchemaName;
import org.mdmhub.mdm.platform.rest.ETags;
import org.mdmhub.mdm.platform.rest.PathIds;
import org.mdmhub.mdm.platform.rest.QueryParams;
import org.mdmhub.mdm.security.Roles;

/** {@code /api/v1/items}: item golden records. Stewards write drafts; every business role reads. */
@Path("/items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Items")
@RolesAllowed({Roles.VIEWER, Roles.STEWARD, Roles.APPROVER_ENGINEERING, Roles.APPROVER_PROCUREMENT,
        Roles.APPROVER_QUALITY, Roles.APPROVER_FINANCE, Roles.APPROVER_SALES, Roles.ADMIN})
public class ItemResource {

    /** Optional request header: why this change is made; kept in the audit trail. */
    public static final String CHANGE_REASON = "Change-Reason";

    @Inject ItemDrafting drafting;
    @Inject ItemCatalog catalog;
    @Inject JsonSchemas schemas;
    @Inject ChangeReason reason;
    @Context UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STEWARD)
    @Operation(summary = "Create an item draft")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Item")))
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")}, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    public Response create(JsonNode body, @HeaderParam(CHANGE_REASON) String why) {
        ItemDocument request = schemas.read(SchemaName.ITEM_V1, body, ItemDocument.class);
        reason.set(why);
        ItemSnapshot item = drafting.create(request.toAttributes());
        return Response.created(uri.getAbsolutePathBuilder().path(item.id().toString()).build())
                .tag(ETags.of(item.lockVersion()))
                .entity(ItemView.of(item))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an item (ETag; If-None-Match gives 304 when unchanged); asOf=<ISO instant> reads it as it was then")
    @Parameter(in = ParameterIn.HEADER, name = "If-None-Match", description = "an ETag read before: 304 if the record is unchanged", schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match carried the current ETag")
    public Response get(@PathParam("id") String id, @QueryParam("asOf") String asOf, @Context Request request) {
        Instant at = QueryParams.instant("asOf", asOf);
        if (at != null) {
            return Response.ok(ItemView.of(catalog.asOf(parseId(id), at))).build();
        }
        ItemSnapshot item = catalog.get(parseId(id));
        return ETags.current(request, item.lockVersion(), ItemView.of(item));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STEWARD)
    @Operation(summary = "Replace the attributes of an item draft (If-Match required)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Item")))
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @HeaderParam(CHANGE_REASON) String why, JsonNode body) {
        UUID itemId = parseId(id);
        long expected = ETags.requireIfMatch(ifMatch);
        ItemDocument request = schemas.read(SchemaName.ITEM_V1, body, ItemDocument.class);
        reason.set(why);
        ItemSnapshot item = drafting.revise(itemId, expected, request.toAttributes());
        return Response.ok(ItemView.of(item)).tag(ETags.of(item.lockVersion())).build();
    }

    @POST
    @Path("/{id}/revisions")
    @RolesAllowed(Roles.STEWARD)
    @Operation(summary = "Open the next revision of an item (A -> B) as a new draft linked to this one")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")}, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    public Response newRevision(@PathParam("id") String id, @HeaderParam(CHANGE_REASON) String why) {
        reason.set(why);
        ItemSnapshot next = drafting.newRevision(parseId(id));
        return Response.created(uri.getBaseUriBuilder().path(ItemResource.class).path(next.id().toString()).build())
                .tag(ETags.of(next.lockVersion()))
                .entity(ItemView.of(next))
                .build();
    }

    @PUT
    @Path("/{id}/plants/{plant}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STEWARD)
    @Operation(summary = "Add a draft item to a plant or change its plant data (If-Match: the item's ETag)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ItemPlant")))
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    public Response extendToPlant(@PathParam("id") String id, @PathParam("plant") String plant,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @HeaderParam(CHANGE_REASON) String why, JsonNode body) {
        UUID itemId = parseId(id);
        long expected = ETags.requireIfMatch(ifMatch);
        PlantExtensionRequest request = schemas.read(SchemaName.ITEM_PLANT_V1, body, PlantExtensionRequest.class);
        reason.set(why);
        ItemSnapshot item = drafting.extendToPlant(itemId, expected, request.toAttributes(plant));
        return Response.ok(ItemView.of(item)).tag(ETags.of(item.lockVersion())).build();
    }

    @DELETE
    @Path("/{id}/plants/{plant}")
    @RolesAllowed(Roles.STEWARD)
    @Operation(summary = "Remove a draft item from a plant (If-Match: the item's ETag)")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    public Response removeFromPlant(@PathParam("id") String id, @PathParam("plant") String plant,
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @HeaderParam(CHANGE_REASON) String why) {
        UUID itemId = parseId(id);
        long expected = ETags.requireIfMatch(ifMatch);
        reason.set(why);
        ItemSnapshot item = drafting.removeFromPlant(itemId, expected, plant);
        return Response.ok(ItemView.of(item)).tag(ETags.of(item.lockVersion())).build();
    }

    @GET
    @Operation(summary = "List and search items, a page at a time")
    public ItemPageView list(@QueryParam("number") String number, @QueryParam("name") String name,
                             @QueryParam("state") String state, @QueryParam("type") String type,
                             @QueryParam("page") String page, @QueryParam("size") String size) {
        ItemSearch search = new ItemSearch(QueryParams.text(number), QueryParams.text(name),
                QueryParams.enumValue("state", state, LifecycleState.class),
                QueryParams.enumValue("type", type, ItemType.class));
        return ItemPageView.of(catalog.search(search, QueryParams.page(page, size)));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every saved version of an item: who, when, why, which fields changed")
    public List<HistoryViews.Entry> history(@PathParam("id") String id) {
        return HistoryViews.entries(versions(parseId(id)));
    }

    @GET
    @Path("/{id}/history/{version}")
    @Operation(summary = "One version of an item in full")
    public HistoryViews.Version version(@PathParam("id") String id, @PathParam("version") String version) {
        return HistoryViews.version(versions(parseId(id)), QueryParams.integer("version", version));
    }

    @GET
    @Path("/{id}/diff")
    @Operation(summary = "Field-level differences between two versions of an item (from, to)")
    public HistoryViews.Diff diff(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return HistoryViews.diff(versions(parseId(id)), QueryParams.integer("from", from), QueryParams.integer("to", to));
    }

    private List<RecordVersion> versions(UUID id) {
        return catalog.revisions(id).stream().map(r -> new RecordVersion(r.state().version(), r.state().state().name(),
                r.revision(), r.kind(), Json.mapper().valueToTree(ItemView.of(r.state())))).toList();
    }

    private static UUID parseId(String id) {
        return PathIds.parse(id, "Item");
    }
}
