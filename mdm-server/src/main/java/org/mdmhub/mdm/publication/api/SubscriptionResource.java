package org.mdmhub.mdm.publication.api;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mdmhub.mdm.audit.ChangeReason;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.platform.json.SchemaName;
import org.mdmhub.mdm.platform.rest.ETags;
import org.mdmhub.mdm.platform.rest.PageView;
import org.mdmhub.mdm.platform.rest.PathIds;
import org.mdmhub.mdm.platform.rest.QueryParams;
import org.mdmhub.mdm.publication.application.Deliveries;
import org.mdmhub.mdm.publication.application.Reconciliations;
import org.mdmhub.mdm.publication.application.SubscriptionAdmin;
import org.mdmhub.mdm.publication.domain.DeliveryStatus;
import org.mdmhub.mdm.publication.domain.Subscription;
import org.mdmhub.mdm.security.CurrentUser;
import org.mdmhub.mdm.security.Roles;

/**
 * {@code /api/v1/subscriptions}: the targets released data goes to, their delivery logs, replay and
 * reconciliation. Administrators only: a subscription decides what leaves the hub.
 */
@Path("/subscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publication")
@RolesAllowed(Roles.ADMIN)
public class SubscriptionResource {
    @Inject SubscriptionAdmin admin;
    @Inject Deliveries deliveries;
    @Inject Reconciliations reconciliations;
    @Inject JsonSchemas schemas;
    @Inject ChangeReason reason;
    @Inject CurrentUser user;

    public record ReplayBody(UUID recordId, Instant since, Long afterSequence, Boolean deadLetters) {
    }

    public record ReplayView(int queued, Long lastSequence, boolean more) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a subscription (target, domains, filter); the secret is stored encrypted and never shown")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Subscription")))
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")}, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)))
    public Response create(JsonNode body, @HeaderParam("Change-Reason") String why) {
        SubscriptionBody request = schemas.read(SchemaName.SUBSCRIPTION_V1, body, SubscriptionBody.class);
        reason.set(why);
        Subscription s = admin.create(request.toRequest());
        return Response.created(URI.create("subscriptions/" + s.id())).tag(ETags.of(s.lockVersion()))
                .entity(view(s)).build();
    }

    @GET
    @Operation(summary = "Every subscription with its delivery counts")
    public List<SubscriptionView> list() {
        return admin.all().stream().map(this::view).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One subscription")
    @Parameter(in = ParameterIn.HEADER, name = "If-None-Match", description = "an ETag read before: 304 if the record is unchanged", schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match carried the current ETag")
    public Response get(@PathParam("id") String id, @Context Request request) {
        Subscription s = admin.get(PathIds.parse(id, "subscription"));
        return ETags.current(request, s.lockVersion(), view(s));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a subscription's settings (If-Match required; leave out the secret to keep it)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Subscription")))
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)))
    public Response update(@PathParam("id") String id, JsonNode body, @HeaderParam("If-Match") String ifMatch,
                           @HeaderParam("Change-Reason") String why) {
        UUID subscriptionId = PathIds.parse(id, "subscription");
        long expected = ETags.requireIfMatch(ifMatch);
        SubscriptionBody request = schemas.read(SchemaName.SUBSCRIPTION_V1, body, SubscriptionBody.class);
        reason.set(why);
        Subscription s = admin.update(subscriptionId, expected, request.toRequest());
        return Response.ok(view(s)).tag(ETags.of(s.lockVersion())).build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The subscription's delivery log, newest first; filter by status and record")
    public PageView<DeliveryView> deliveries(@PathParam("id") String id, @QueryParam("status") String status,
                                             @QueryParam("record") String record, @QueryParam("page") String page,
                                             @QueryParam("size") String size) {
        UUID subscriptionId = PathIds.parse(id, "subscription");
        Optional<DeliveryStatus> wanted = Optional.ofNullable(status == null ? null
                : QueryParams.enumValue("status", status, DeliveryStatus.class));
        Optional<UUID> recordId = Optional.ofNullable(record).map(r -> PathIds.parse(r, "record"));
        return PageView.of(deliveries.ofSubscription(subscriptionId, wanted, recordId, QueryParams.page(page, size)),
                d -> DeliveryView.of(d, null));
    }

    @POST
    @Path("/{id}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send again: one record, everything since a time or after an outbox sequence, or every dead letter")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Replay")))
    @APIResponse(responseCode = "202", description = "Accepted: the deliveries are queued", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReplayView.class)))
    public Response replay(@PathParam("id") String id, JsonNode body) {
        UUID subscriptionId = PathIds.parse(id, "subscription");
        ReplayBody request = schemas.read(SchemaName.REPLAY_V1, body, ReplayBody.class);
        String who = user.name();
        ReplayView result;
        if (request.recordId() != null) {
            deliveries.replayRecord(subscriptionId, request.recordId(), who);
            result = new ReplayView(1, null, false);
        } else if (Boolean.TRUE.equals(request.deadLetters())) {
            var replay = deliveries.replayDead(subscriptionId, who);
            result = new ReplayView(replay.queued(), null, false);
        } else {
            long after = request.afterSequence() == null ? 0 : request.afterSequence();
            Instant since = request.since() == null ? Instant.EPOCH : request.since();
            var replay = deliveries.replayFrom(subscriptionId, after, since, who);
            result = new ReplayView(replay.queued(), replay.lastSequence(), replay.more());
        }
        return Response.accepted(result).build();
    }

    @POST
    @Path("/{id}/reconciliations")
    @Operation(summary = "Compare what the target holds with the released golden records (Odoo targets) and keep the report")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", ref = "Location"), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReconciliationView.class)))
    @APIResponse(responseCode = "502", description = "Target unavailable")
    public Response reconcile(@PathParam("id") String id) {
        var run = reconciliations.run(PathIds.parse(id, "subscription"), user.name());
        return Response.created(URI.create("reconciliations/" + run.id())).entity(ReconciliationView.of(run)).build();
    }

    @GET
    @Path("/{id}/reconciliations")
    @Operation(summary = "The subscription's reconciliation runs, newest first")
    public List<ReconciliationView> reconciliations(@PathParam("id") String id) {
        return reconciliations.ofSubscription(PathIds.parse(id, "subscription")).stream().map(ReconciliationView::of).toList();
    }

    private SubscriptionView view(Subscription s) {
        return SubscriptionView.of(s, deliveries.counts(s.id()));
    }
}
