package org.mdmhub.mdm.inbound.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.mdmhub.mdm.inbound.application.BatchHeader;
import org.mdmhub.mdm.inbound.application.BatchReception;
import org.mdmhub.mdm.inbound.csv.CsvBatch;
import org.mdmhub.mdm.inbound.csv.CsvDomain;
import org.mdmhub.mdm.inbound.csv.CsvTemplate;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;
import org.mdmhub.mdm.security.Roles;

/**
 * CSV files from stewards, one domain per file, received as batches of source system {@value #SOURCE_SYSTEM}: the
 * same keys, staging, chunks and per-record results as {@code POST /inbound/batches}, a record's result at its row
 * number. See docs/inbound-csv.md.
 */
@Path("/inbound/csv")
@Tag(name = "Inbound")
@RequestScoped
public class CsvResource {
    /** The source system of every CSV import: records are keyed by it and their {@code source.key}. */
    public static final String SOURCE_SYSTEM = "CSV";
    private static final String CSV = InboundResource.CSV;
    private static final int MAX_KEY = 120;
    private static final int MAX_TITLE = 200;

    @Inject BatchReception reception;

    // no @Consumes: a body of another type is refused (415) after the role check, so a caller without the role
    // learns nothing but 403
    @POST
    @Path("/{domain}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STEWARD)
    @Operation(summary = "Import a CSV file of one domain (items, suppliers, customers, bom-lines) as a batch;"
            + " the same batch key with the same file answers the same result")
    @Parameter(name = "domain", description = "items, suppliers, customers or bom-lines",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"items", "suppliers", "customers", "bom-lines"}))
    @Parameter(name = "batchKey", required = true, description = "the import's key (at most 120 characters): sent again"
            + " with the same file, the same answer", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "title", description = "the title of the change request the import becomes",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "submit", description = "true: the change request goes to approval once every row is in",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING,
            description = "RFC 4180, UTF-8: the header row (see the template), then one row per record (BOM lines: per line)")))
    @Parameter(name = "Prefer", in = ParameterIn.HEADER, description = "`respond-async`: answer 202 at once, whatever the"
            + " file's size (RFC 7240)", schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The import, processed (at most 1,000 rows, or sent before and done):"
            + " counts by outcome, the change request it became; each row's result at GET /inbound/batches/{id}/results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchView.class)))
    @APIResponse(responseCode = "202", description = "Accepted and being processed (more than 1,000 rows, or `Prefer:"
            + " respond-async`): counts so far; follow `Location` until its status is `done` or `failed`",
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "Retry-After", ref = "Retry-After")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchView.class)))
    public Response upload(@PathParam("domain") String domain, @QueryParam("batchKey") String batchKey,
                           @QueryParam("title") String title, @QueryParam("submit") String submit,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @HeaderParam("Prefer") String prefer,
                           InputStream body) {
        CsvDomain csv = domain(domain);
        if (!isUtf8Csv(contentType)) {
            throw new MdmException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "A CSV import is sent as text/csv (UTF-8), not "
                    + contentType);
        }
        BatchHeader header = header(csv, batchKey, title, submit);
        BatchReception.Answer wanted = BatchAnswers.wanted(prefer);
        return BatchAnswers.of(reception.receive(body, new CsvBatch(csv, header), Optional.empty(), wanted), wanted);
    }

    @GET
    @Path("/{domain}/template")
    @Produces(CSV)
    @RolesAllowed({Roles.STEWARD, Roles.ADMIN})
    @Operation(summary = "The CSV template of a domain: the header row from its JSON Schema and one example row that"
            + " imports cleanly")
    @Parameter(name = "domain", description = "items, suppliers, customers or bom-lines",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"items", "suppliers", "customers", "bom-lines"}))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING)))
    public Response template(@PathParam("domain") String domain) {
        CsvTemplate template = CsvTemplate.of(domain(domain));
        StreamingOutput out = stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            CSVPrinter printer = CSVFormat.RFC4180.print(writer);
            printer.printRecord(template.header());
            printer.printRecord(template.example());
            printer.flush();
        };
        return Response.ok(out, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + domain + "-template.csv\"").build();
    }

    private static CsvDomain domain(String name) {
        return CsvDomain.byPath(name).orElseThrow(() -> MdmException.notFound("CSV domain " + name
                + " (items, suppliers, customers, bom-lines)"));
    }

    private static boolean isUtf8Csv(String contentType) {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String charset = type == null ? null : type.getParameters().get("charset");
        return type != null && "text".equalsIgnoreCase(type.getType()) && "csv".equalsIgnoreCase(type.getSubtype())
                && (charset == null || charset.equalsIgnoreCase("utf-8"));
    }

    private static BatchHeader header(CsvDomain domain, String batchKey, String title, String submit) {
        List<FieldError> errors = new java.util.ArrayList<>();
        if (batchKey == null || batchKey.isBlank()) {
            errors.add(new FieldError("batchKey", "is required: the import's key, so that sending it again is safe"));
        } else if (batchKey.length() > MAX_KEY) {
            errors.add(new FieldError("batchKey", "must be at most " + MAX_KEY + " characters"));
        }
        if (title != null && (title.isBlank() || title.length() > MAX_TITLE)) {
            errors.add(new FieldError("title", "must be 1 to " + MAX_TITLE + " characters"));
        }
        String flag = submit == null ? "false" : submit.toLowerCase(Locale.ROOT);
        if (!flag.equals("true") && !flag.equals("false")) {
            errors.add(new FieldError("submit", "must be true or false"));
        }
        if (!errors.isEmpty()) {
            throw new MdmException(ProblemType.BAD_PARAMETER, "The CSV import's query parameters are invalid", errors);
        }
        return new BatchHeader(SOURCE_SYSTEM, batchKey, title != null ? title
                : "CSV import " + batchKey + " (" + domain.path() + ")", Boolean.parseBoolean(flag));
    }
}
