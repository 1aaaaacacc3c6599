package org.mdmhub.mdm.quality.referencedata.api;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mdmhub.mdm.audit.ChangeReason;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.platform.json.SchemaName;
import org.mdmhub.mdm.quality.referencedata.ReferenceData;
import org.mdmhub.mdm.quality.referencedata.UnitOfMeasure;
import org.mdmhub.mdm.quality.referencedata.Units;
import org.mdmhub.mdm.quality.referencedata.application.ReferenceDataMaintenance;
import org.mdmhub.mdm.security.Roles;

/** {@code /api/v1/reference}: the reference tables golden records point to. Stewards add plants and units. */
@Path("/reference")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
@RolesAllowed({Roles.VIEWER, Roles.STEWARD, Roles.APPROVER_ENGINEERING, Roles.APPROVER_PROCUREMENT,
        Roles.APPROVER_QUALITY, Roles.APPROVER_FINANCE, Roles.APPROVER_SALES, Roles.ADMIN})
public class ReferenceDataResource {

    @Inject ReferenceData referenceData;
    @Inject Units units;
    @Inject ReferenceDataMaintenance maintenance;
    @Inject JsonSchemas schemas;
    @Inject ChangeReason reason;

    public record UnitView(String code, String name, String dimension, BigDecimal factorToBase) {
        static UnitView of(UnitOfMeasure u) {
            return new UnitView(u.code(), u.name(), u.dimension().name().toLowerCase(Locale.ROOT), u.factorToBase().orElse(null));
        }
    }

    public record CountryView(String code, String name, Integer ibanLength) {
    }

    public record CurrencyView(String code, String name, int minorUnits) {
    }

    public record IncotermView(String code, String name, boolean anyMode) {
    }

    public record PlantView(String code, String name, String country) {
    }

    public record PlantRequest(String code, String name, String country) {
    }

    public record UnitRequest(String code, String name, String dimension, BigDecimal factorToBase) {
    }

    @GET
    @Path("/units")
    @Operation(summary = "UN/CEFACT Rec 20 units with their dimension and conversion factor to the dimension's base unit")
    public List<UnitView> units() {
        return units.all().stream().map(UnitView::of).toList();
    }

    @GET
    @Path("/countries")
    @Operation(summary = "ISO 3166-1 countries (with IBAN length where the country uses IBAN)")
    public List<CountryView> countries() {
        return referenceData.countries().stream().map(c -> new CountryView(c.code(), c.name(),
                c.ibanLength().isPresent() ? c.ibanLength().getAsInt() : null)).toList();
    }

    @GET
    @Path("/currencies")
    @Operation(summary = "ISO 4217 currencies")
    public List<CurrencyView> currencies() {
        return referenceData.currencies().stream().map(c -> new CurrencyView(c.code(), c.name(), c.minorUnits())).toList();
    }

    @GET
    @Path("/incoterms")
    @Operation(summary = "Incoterms 2020")
    public List<IncotermView> incoterms() {
        return referenceData.incoterms().stream().map(i -> new IncotermView(i.code(), i.name(), i.anyMode())).toList();
    }

    @GET
    @Path("/plants")
    @Operation(summary = "The manufacturer's plants")
    public List<PlantView> plants() {
        return referenceData.plants().stream().map(p -> new PlantView(p.code(), p.name(), p.country())).toList();
    }

    @POST
    @Path("/plants")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STEWARD)
    @Operation(summary = "Add a plant")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Plant")))
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", ref = "Location"), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlantView.class)))
    public Response addPlant(JsonNode body, @HeaderParam("Change-Reason") String why) {
        PlantRequest request = schemas.read(SchemaName.PLANT_V1, body, PlantRequest.class);
        reason.set(why);
        var plant = maintenance.addPlant(request.code(), request.name(), request.country());
        return Response.created(URI.create("reference/plants/" + plant.code()))
                .entity(new PlantView(plant.code(), plant.name(), plant.country())).build();
    }

    @POST
    @Path("/units")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STEWARD)
    @Operation(summary = "Add a unit of measure with its conversion factor")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Unit")))
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", ref = "Location"), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    public Response addUnit(JsonNode body, @HeaderParam("Change-Reason") String why) {
        UnitRequest request = schemas.read(SchemaName.UNIT_V1, body, UnitRequest.class);
        reason.set(why);
        UnitOfMeasure unit = maintenance.addUnit(request.code(), request.name(),
                UnitOfMeasure.Dimension.valueOf(request.dimension().toUpperCase(Locale.ROOT)), request.factorToBase());
        return Response.created(URI.create("reference/units/" + unit.code())).entity(UnitView.of(unit)).build();
    }

}
