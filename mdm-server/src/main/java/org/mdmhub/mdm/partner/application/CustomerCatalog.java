package org.mdmhub.mdm.partner.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mdmhub.mdm.audit.AuditTrail;
import org.mdmhub.mdm.audit.AuditedState;
import org.mdmhub.mdm.partner.domain.Customer;
import org.mdmhub.mdm.partner.domain.CustomerSearch;
import org.mdmhub.mdm.partner.domain.Customers;
import org.mdmhub.mdm.platform.paging.Page;
import org.mdmhub.mdm.platform.paging.PageRequest;
import org.mdmhub.mdm.platform.problem.MdmException;

/**
 * Reading customers: one, a filtered page, the saved states of one, one as of an instant. Each answer is a
 * snapshot taken while the transaction that loaded it is still open.
 */
@ApplicationScoped
@Transactional
public class CustomerCatalog {

    @Inject
    Customers customers;

    @Inject
    AuditTrail auditTrail;

    public CustomerSnapshot get(UUID id) {
        return customers.byId(id).map(CustomerSnapshot::of).orElseThrow(() -> MdmException.notFound("Customer " + id));
    }

    public Page<CustomerSnapshot> search(CustomerSearch search, PageRequest page) {
        return customers.search(search, page).map(CustomerSnapshot::of);
    }

    /** Every saved state of the customer, oldest first. */
    public List<AuditedState<CustomerSnapshot>> revisions(UUID id) {
        List<AuditedState<CustomerSnapshot>> revisions = auditTrail.revisionsOf(Customer.class, id).stream()
                .map(r -> r.map(CustomerSnapshot::of)).toList();
        if (revisions.isEmpty()) {
            throw MdmException.notFound("Customer " + id);
        }
        return revisions;
    }

    /** The customer as it was at an instant. */
    public CustomerSnapshot asOf(UUID id, Instant at) {
        return auditTrail.asOf(Customer.class, id, at).map(state -> CustomerSnapshot.of(state.state()))
                .orElseThrow(() -> MdmException.notFound("Customer " + id + " as of " + at));
    }
}
