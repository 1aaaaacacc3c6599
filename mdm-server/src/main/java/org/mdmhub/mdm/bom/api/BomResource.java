package org.mdmhub.mdm.bom.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntPredicate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mdmhub.mdm.audit.ChangeReason;
import org.mdmhub.mdm.audit.HistoryViews;
import org.mdmhub.mdm.audit.RecordVersion;
import org.mdmhub.mdm.bom.application.BomCatalog;
import org.mdmhub.mdm.bom.application.BomDocument;
import org.mdmhub.mdm.bom.application.BomDrafting;
import org.mdmhub.mdm.bom.domain.BomLineAttributes;
import org.mdmhub.mdm.bom.domain.BomSearch;
import org.mdmhub.mdm.bom.domain.BomSnapshot;
import org.mdmhub.mdm.bom.domain.BomType;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.platform.json.SchemaName;
import org.mdmhub.mdm.platform.rest.ETags;
import org.mdmhub.mdm.platform.rest.PathIds;
import org.mdmhub.mdm.platform.rest.QueryParams;
import org.mdmhub.mdm.security.Roles;

/** {@code /api/v1/boms}: BOM golden records. Stewards write drafts and start revisions; every business role reads. */
@Path("/boms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "BOMs")
@RolesAllowed({Roles.VIEWER, Roles.STEWARD, Roles.APPROVER_ENGINEERING, Roles.APPROVER_PROCUREMENT,
        Roles.APPROVER_QUALITY, Roles.APPROVER_FINANCE, Roles.APPROVER_SALES, Roles.ADMIN})
public class BomResource {

    /** Optional request header: why this change is made; kept in the audit trail. */
    public static final String CHANGE_REASON = "Change-Reason";

    @Inject BomDrafting drafting;
    @Inject BomCatalog catalog;
    @Inject JsonSchemas schemas;
    @Inject ChangeReason reason;
    @Context UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STEWARD)
    @Operation(summary = "Create a BOM draft")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Bom")))
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")}, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BomView.class)))
    public Response create(JsonNode body, @HeaderParam(CHANGE_REASON) String why) {
        BomDocument request = schemas.read(SchemaName.BOM_V1, body, BomDocument.class);
        reason.set(why);
        return created(drafting.create(request.toAttributes()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a BOM with its lines (ETag; If-None-Match gives 304 when unchanged); asOf=<ISO instant> reads it as it was then")
    @Parameter(in = ParameterIn.HEADER, name = "If-None-Match", description = "an ETag read before: 304 if the record is unchanged", schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BomView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match carried the current ETag")
    public Response get(@PathParam("id") String id, @QueryParam("asOf") String asOf, @Context Request request) {
        Instant at = QueryParams.instant("asOf", asOf);
        if (at != null) {
            return Response.ok(BomView.of(catalog.asOf(parseId(id), at))).build();
        }
        BomSnapshot bom = catalog.get(parseId(id));
        return ETags.current(request, bom.lockVersion(), BomView.of(bom));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STEWARD)
    @Operation(summary = "Replace the content of a BOM draft (If-Match required); lines sent with their id are kept, lines without id are new, lines left out are removed")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Bom")))
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BomView.class)))
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @HeaderParam(CHANGE_REASON) String why, JsonNode body) {
        UUID bomId = parseId(id);
        long expected = ETags.requireIfMatch(ifMatch);
        BomDocument request = schemas.read(SchemaName.BOM_V1, body, BomDocument.class);
        reason.set(why);
        BomSnapshot bom = drafting.revise(bomId, expected, request.toAttributes());
        return Response.ok(BomView.of(bom)).tag(ETags.of(bom.lockVersion())).build();
    }

    @POST
    @Path("/{id}/revisions")
    @RolesAllowed(Roles.STEWARD)
    @Operation(summary = "Start the next revision of a BOM (A → B): a new draft copied from this one, linked by predecessorId")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")}, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BomView.class)))
    public Response startNextRevision(@PathParam("id") String id, @HeaderParam(CHANGE_REASON) String why) {
        UUID bomId = parseId(id);
        reason.set(why);
        BomSnapshot next = drafting.startNextRevision(bomId);
        return Response.created(uri.getBaseUriBuilder().path(BomResource.class).path(next.id().toString()).build())
                .tag(ETags.of(next.lockVersion()))
                .entity(BomView.of(next))
                .build();
    }

    @GET
    @Operation(summary = "List and search BOMs (headers with their line count), a page at a time")
    public BomPageView list(@QueryParam("parentNumber") String parentNumber,
                            @QueryParam("componentNumber") String componentNumber,
                            @QueryParam("state") String state, @QueryParam("type") String type,
                            @QueryParam("plant") String plant,
                            @QueryParam("page") String page, @QueryParam("size") String size) {
        BomSearch search = new BomSearch(QueryParams.text(parentNumber), QueryParams.text(componentNumber),
                QueryParams.enumValue("state", state, LifecycleState.class),
                QueryParams.enumValue("type", type, BomType.class), QueryParams.text(plant));
        return BomPageView.of(catalog.search(search, QueryParams.page(page, size)));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every saved version of a BOM: who, when, why, which fields and lines changed")
    public List<HistoryViews.Entry> history(@PathParam("id") String id) {
        return HistoryViews.entries(versions(parseId(id), version -> true));
    }

    @GET
    @Path("/{id}/history/{version}")
    @Operation(summary = "One version of a BOM in full")
    public HistoryViews.Version version(@PathParam("id") String id, @PathParam("version") String version) {
        int number = QueryParams.integer("version", version);
        return HistoryViews.version(versions(parseId(id), v -> v == number), number);
    }

    @GET
    @Path("/{id}/diff")
    @Operation(summary = "Field-level differences between two versions of a BOM (from, to); lines are matched by their id")
    public HistoryViews.Diff diff(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        int before = QueryParams.integer("from", from);
        int after = QueryParams.integer("to", to);
        Set<Integer> wanted = Set.of(before, after);
        return HistoryViews.diff(versions(parseId(id), wanted::contains), before, after);
    }

    /**
     * The BOM's versions as readers see them. Only the versions asked for are rendered: a BOM can have
     * thousands of versions of hundreds of lines, and a diff needs two. A line that stays the same from one
     * version to the next is one value in the history read, and is rendered once and shared by the documents.
     */
    private List<RecordVersion> versions(UUID id, IntPredicate wanted) {
        Map<BomLineAttributes, JsonNode> renderedLines = new IdentityHashMap<>();
        return catalog.revisions(id).stream()
                .filter(r -> wanted.test(r.state().version()))
                .map(r -> new RecordVersion(r.state().version(), r.state().state().name(), r.revision(), r.kind(),
                        document(r.state(), renderedLines)))
                .toList();
    }

    /** The same document as {@code BomView.of(bom)} gives, its line nodes taken from {@code renderedLines}. */
    private static JsonNode document(BomSnapshot bom, Map<BomLineAttributes, JsonNode> renderedLines) {
        ObjectMapper mapper = Json.mapper();
        ObjectNode document = mapper.valueToTree(BomView.of(bom).withoutLines());
        ArrayNode lines = document.arrayNode(bom.attributes().lines().size());
        bom.attributes().lines().forEach(line ->
                lines.add(renderedLines.computeIfAbsent(line, l -> mapper.valueToTree(BomView.LineView.of(l)))));
        document.set("lines", lines); // replaces the empty list in place, keeping the member order
        return document;
    }

    private Response created(BomSnapshot bom) {
        return Response.created(uri.getAbsolutePathBuilder().path(bom.id().toString()).build())
                .tag(ETags.of(bom.lockVersion()))
                .entity(BomView.of(bom))
                .build();
    }

    static UUID parseId(String id) {
        return PathIds.parse(id, "BOM");
    }
}
