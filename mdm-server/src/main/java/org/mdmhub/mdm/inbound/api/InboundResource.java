package org.mdmhub.mdm.inbound.api;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mdmhub.mdm.inbound.application.BatchFormat;
import org.mdmhub.mdm.inbound.application.BatchReception;
import org.mdmhub.mdm.inbound.application.BatchResults;
import org.mdmhub.mdm.inbound.domain.InboundBatch;
import org.mdmhub.mdm.inbound.domain.RecordResult;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.paging.PageRequest;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.rest.PathIds;
import org.mdmhub.mdm.platform.rest.QueryParams;
import org.mdmhub.mdm.security.Roles;
import org.mdmhub.mdm.security.PlmPublisherAccount;

/**
 * Batches from source systems. Only the PLM service account sends them (for its own source system); stewards and
 * admins read them and their results. See docs/inbound.md.
 */
@Path("/inbound/batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbound")
@RequestScoped
public class InboundResource {
    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    private static final int DOWNLOAD_PAGE = 5000;

    @Inject BatchReception reception;
    @Inject BatchResults results;
    @Inject PlmPublisherAccount plm;
    @Context SecurityContext caller;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, NDJSON})
    @RolesAllowed(Roles.PLM_PUBLISHER)
    @Operation(summary = "Send a batch of records (JSON or JSON lines); the same batch key with the same content answers the same result")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InboundBatch")),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING, description = "header line, then one {\"item\": {...}} per line"))})
    @Parameter(name = "Prefer", in = ParameterIn.HEADER, description = "`respond-async`: answer 202 at once, whatever the"
            + " batch's size (RFC 7240)", schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The batch, processed (at most 1,000 records, or sent before and"
            + " done): counts by outcome, the change request it became",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchView.class)))
    @APIResponse(responseCode = "202", description = "Accepted and being processed (a larger batch, or `Prefer:"
            + " respond-async`): counts so far; follow `Location` until its status is `done` or `failed`",
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "Retry-After", ref = "Retry-After")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchView.class)))
    public Response send(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                         @HeaderParam("Prefer") String prefer) {
        BatchFormat format = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(NDJSON) ? BatchFormat.NDJSON : BatchFormat.JSON;
        BatchReception.Answer wanted = BatchAnswers.wanted(prefer);
        return BatchAnswers.of(reception.receive(body, format, Optional.of(plm.system()), wanted), wanted);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.STEWARD, Roles.ADMIN, Roles.PLM_PUBLISHER})
    @Operation(summary = "A batch: status (processing, done, failed with the reason), counts by outcome so far, its change request")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchView.class)))
    public BatchView get(@PathParam("id") String id) {
        return BatchView.of(visible(PathIds.parse(id, "Batch")));
    }

    @GET
    @Path("/{id}/results")
    @Produces({MediaType.APPLICATION_JSON, NDJSON, CSV})
    @RolesAllowed({Roles.STEWARD, Roles.ADMIN, Roles.PLM_PUBLISHER})
    @Operation(summary = "What became of each record, in batch order: a page as JSON, or all of them as JSON lines or CSV (Accept)")
    @Parameter(name = "page", description = "0-based page (JSON only)", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "size", description = "page size (JSON only)", schema = @Schema(type = SchemaType.INTEGER))
    @APIResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResultPageView.class)),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response results(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size,
                            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        InboundBatch batch = visible(PathIds.parse(id, "Batch"));
        String wanted = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        if (wanted.contains(NDJSON) || wanted.contains(CSV)) {
            boolean csv = !wanted.contains(NDJSON);
            StreamingOutput out = stream -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                CSVPrinter printer = csv ? CSVFormat.RFC4180.builder()
                        .setHeader("seq", "kind", "sourceKey", "revision", "outcome", "record", "errors").get().print(writer) : null;
                for (int offset = 0; ; offset += DOWNLOAD_PAGE) {
                    List<RecordResult> chunk = results.results(batch.id(), offset, DOWNLOAD_PAGE);
                    for (RecordResult r : chunk) {
                        ResultView v = ResultView.of(r);
                        if (printer != null) {
                            printer.printRecord(v.seq(), v.kind(), v.sourceKey(), v.revision(), v.outcome(), v.record(),
                                    v.errors().stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
                        } else {
                            writer.write(Json.write(v));
                            writer.write('\n');
                        }
                    }
                    if (chunk.size() < DOWNLOAD_PAGE) {
                        break;
                    }
                }
                writer.flush();
            };
            return Response.ok(out, csv ? CSV + "; charset=UTF-8" : NDJSON).build();
        }
        PageRequest paging = QueryParams.page(page, size);
        List<ResultView> items = results.results(batch.id(), paging.offset(), paging.size()).stream()
                .map(ResultView::of).toList();
        long total = batch.counts().processed();
        return Response.ok(new ResultPageView(items, paging.page(), paging.size(), total,
                (total + paging.size() - 1) / paging.size()), MediaType.APPLICATION_JSON).build();
    }

    /** The batch, if this caller may see it: the PLM account sees its own system's batches only. */
    private InboundBatch visible(UUID id) {
        InboundBatch batch = results.batch(id);
        boolean publisherOnly = caller.isUserInRole(Roles.PLM_PUBLISHER) && !caller.isUserInRole(Roles.STEWARD)
                && !caller.isUserInRole(Roles.ADMIN);
        if (publisherOnly && !plm.system().equals(batch.sourceSystem())) {
            throw MdmException.notFound("Batch " + id);
        }
        return batch;
    }
}
