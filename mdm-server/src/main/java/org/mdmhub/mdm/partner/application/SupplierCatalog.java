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

/** Reading suppliers: one, a filtered page, the saved states of one, one as of an instant. */
@ApplicationScoped
@Transactional
public class SupplierCatalog {

    @Inject
    Suppliers suppliers;

    @Inject
    AuditTrail auditTrail;

    public Supplier get(UUID id) {
        return suppliers.byId(id).orElseThrow(() -> MdmException.notFound("Supplier " + id));
    }

    public Page<Supplier> search(SupplierSearch search, PageRequest page) {
        return suppliers.search(search, page);
    }

    /** Every saved state of the supplier, oldest first. */
    public List<AuditedState<Supplier>> revisions(UUID id) {
        List<AuditedState<Supplier>> revisions = auditTrail.revisionsOf(Supplier.class, id);
        if (revisions.isEmpty()) {
            throw MdmException.notFound("Supplier " + id);
        }
        revisions.forEach(r -> r.state().attributes()); // Envers loads collections lazily: load them here
        return revisions;
    }

    /** The supplier as it was at an instant. */
    public Supplier asOf(UUID id, Instant at) {
        Supplier then = auditTrail.asOf(Supplier.class, id, at).map(AuditedState::state)
                .orElseThrow(() -> MdmException.notFound("Supplier " + id + " as of " + at));
        then.attributes(); // Envers loads collections lazily: load them inside the transaction
        return then;
    }
}
