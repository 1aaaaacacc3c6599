package org.mdmhub.mdm.audit.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mdmhub.mdm.audit.AuditChain;
import org.mdmhub.mdm.audit.ChainVerification;
import org.mdmhub.mdm.security.Roles;

/** {@code /api/v1/audit/chain/verify}: is the audit trail as it was written? (deploy/audit/verify-chain.sh calls it) */
@Path("/audit/chain/verify")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@RolesAllowed(Roles.ADMIN)
public class AuditChainResource {
    @Inject AuditChain chain;

    @GET
    @Operation(summary = "Recompute the audit hash chain; names the first broken link, if any (200 either way)")
    public ChainVerification verify() {
        return chain.verify();
    }
}
