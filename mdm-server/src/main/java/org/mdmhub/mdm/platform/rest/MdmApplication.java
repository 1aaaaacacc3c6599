package org.mdmhub.mdm.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API, version 1. Every resource below needs a bearer token (see web.xml) and a role. The security scheme
 * is declared as OpenID Connect so that SmallRye copies each operation's {@code @RolesAllowed} into its security
 * requirement; {@code platform.openapi.ContractFilter} sets the discovery URL of the configured realm and the rest
 * of what the served document says once for all operations.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "MDM Hub API", version = "1",
                description = "Golden records for items, BOMs, suppliers and customers, governed by approval workflows,"
                        + " and their publication to subscribers. Errors are RFC 9457 problem documents"
                        + " (`application/problem+json`); updates need `If-Match` with the record's `ETag`."),
        security = @SecurityRequirement(name = "keycloak"),
        tags = {
                @Tag(name = "Items", description = "Item golden records: drafts, revisions, plant data, history, diffs"),
                @Tag(name = "BOMs", description = "Bills of material with their lines, revisions and where-used"),
                @Tag(name = "Suppliers", description = "Supplier golden records; bank accounts masked except for finance and admins"),
                @Tag(name = "Customers", description = "Customer golden records with addresses, contacts and credit data"),
                @Tag(name = "Lifecycle", description = "Submit, block, unblock and obsolete a record of any kind"),
                @Tag(name = "Change requests", description = "Changes to released records, proposed and approved as one"),
                @Tag(name = "Tasks", description = "Approval tasks of the signed-in approver: claim, approve, reject, delegate"),
                @Tag(name = "Reference data", description = "Units, countries, currencies, Incoterms and plants"),
                @Tag(name = "Inbound", description = "Batches from source systems (PLM): idempotent by batch key, one change request each, per-record results"),
                @Tag(name = "Publication", description = "Subscriptions, deliveries, replays, reconciliation and the release feed")
        })
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.OPENIDCONNECT,
        openIdConnectUrl = "http://localhost:8180/realms/mdm/.well-known/openid-configuration")
public class MdmApplication extends Application {
}
