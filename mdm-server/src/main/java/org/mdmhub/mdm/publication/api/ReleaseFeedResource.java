package org.mdmhub.mdm.publication.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Context;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;
import org.mdmhub.mdm.publication.application.ReleaseFeed;
import org.mdmhub.mdm.publication.cloudevents.CloudEventJson;
import org.mdmhub.mdm.security.Roles;

/**
 * {@code GET /api/v1/releases?after=<cursor>}: released changes for subscribers who pull, as CloudEvents in
 * feed order. Keep the returned {@code cursor} and pass it as {@code after} next time; an empty page means
 * nothing new yet. Each event carries the released record; IBANs are masked except for finance and admins.
 */
@Path("/releases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publication")
@RolesAllowed({Roles.SUBSCRIBER, Roles.VIEWER, Roles.ADMIN})
public class ReleaseFeedResource {
    private static final int MAX_LIMIT = 1000;

    @Inject ReleaseFeed feed;
    @Context SecurityContext security;

    public record FeedPage(@Schema(type = SchemaType.ARRAY, implementation = FeedEventView.class) List<ObjectNode> events, String cursor, boolean more) {
    }

    @GET
    @Operation(summary = "Released changes after a cursor, oldest first (CloudEvents 1.0 JSON)")
    public FeedPage after(@QueryParam("after") String after, @QueryParam("limit") String limit,
                          @QueryParam("domain") List<String> domains) {
        long cursor = number("after", after, 0, Long.MAX_VALUE, 0);
        int size = (int) number("limit", limit, 1, MAX_LIMIT, 100);
        EnumSet<RecordType> wanted = EnumSet.noneOf(RecordType.class);
        for (String d : domains) {
            try {
                wanted.add(RecordType.valueOf(d.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new MdmException(ProblemType.BAD_PARAMETER, "Unknown domain '" + d + "'",
                        List.of(new FieldError("domain", "must be item, bom, supplier or customer")));
            }
        }
        boolean showSensitive = security.isUserInRole(Roles.ADMIN) || security.isUserInRole(Roles.APPROVER_FINANCE);
        List<ReleaseFeed.Entry> entries = feed.after(cursor, wanted.isEmpty() ? EnumSet.allOf(RecordType.class) : wanted,
                size + 1, showSensitive);
        List<ReleaseFeed.Entry> page = entries.subList(0, Math.min(size, entries.size()));
        String next = page.isEmpty() ? Long.toString(cursor) : Long.toString(page.get(page.size() - 1).position());
        return new FeedPage(page.stream().map(e -> CloudEventJson.toNode(e.event())).toList(), next, entries.size() > size);
    }

    private static long number(String name, String value, long min, long max, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new MdmException(ProblemType.BAD_PARAMETER, name + " must be a whole number from " + min + " to " + max,
                List.of(new FieldError(name, "must be a whole number from " + min + " to " + max)));
    }
}
