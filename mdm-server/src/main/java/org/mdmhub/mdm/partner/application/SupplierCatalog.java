package org.mdmhub.mdm.partner.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mdmhub.mdm.audit.AuditTrail;
import org.mdmhub.mdm.audit.AuditedState;
import org.mdmhub.mdm.partner.domain.Supplier;
import org.mdmhub.mdm.partner.domain.SupplierSearch;
import org.mdmhub.mdm.partner.domain.Suppliers;
import org.mdmhub.mdm.platform.paging.Page;
import org.mdmhub.mdm.platform.paging.PageRequest;
import org.mdmhub.mdm.platform.problem.MdmException;

/**
 * Reading suppliers: one, a filtered page, the saved states of one, one as of an instant. Each answer is a
 * snapshot taken while the transaction that loaded it is still open.
 */
@ApplicationScoped
@Transactional
public class SupplierCatalog {

    @Inject
    Suppliers suppliers;

    @Inject
    AuditTrail auditTrail;

    public SupplierSnapshot get(UUID id) {
        return suppliers.byId(id).map(SupplierSnapshot::of).orElseThrow(() -> MdmException.notFound("Supplier " + id));
    }

    public Page<SupplierSnapshot> search(SupplierSearch search, PageRequest page) {
        return suppliers.search(search, page).map(SupplierSnapshot::of);
    }

    /** Every saved state of the supplier, oldest first. */
    public List<AuditedState<SupplierSnapshot>> revisions(UUID id) {
        List<AuditedState<SupplierSnapshot>> revisions = auditTrail.revisionsOf(Supplier.class, id).stream()
                .map(r -> r.map(SupplierSnapshot::of)).toList();
        if (revisions.isEmpty()) {
            throw MdmException.notFound("Supplier " + id);
        }
        return revisions;
    }

    /** The supplier as it was at an instant. */
    public SupplierSnapshot asOf(UUID id, Instant at) {
        return auditTrail.asOf(Supplier.class, id, at).map(state -> SupplierSnapshot.of(state.state()))
                .orElseThrow(() -> MdmException.notFound("Supplier " + id + " as of " + at));
    }
}
