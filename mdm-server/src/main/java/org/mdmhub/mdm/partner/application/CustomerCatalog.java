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

/** Reading customers: one, a filtered page, the saved states of one, one as of an instant. */
@ApplicationScoped
@Transactional
public class CustomerCatalog {

    @Inject
    Customers customers;

    @Inject
    AuditTrail auditTrail;

    public Customer get(UUID id) {
        return customers.byId(id).orElseThrow(() -> MdmException.notFound("Customer " + id));
    }

    public Page<Customer> search(CustomerSearch search, PageRequest page) {
        return customers.search(search, page);
    }

    /** Every saved state of the customer, oldest first. */
    public List<AuditedState<Customer>> revisions(UUID id) {
        List<AuditedState<Customer>> revisions = auditTrail.revisionsOf(Customer.class, id);
        if (revisions.isEmpty()) {
            throw MdmException.notFound("Customer " + id);
        }
        revisions.forEach(r -> r.state().attributes()); // Envers loads collections lazily: load them here
        return revisions;
    }

    /** The customer as it was at an instant. */
    public Customer asOf(UUID id, Instant at) {
        Customer then = auditTrail.asOf(Customer.class, id, at).map(AuditedState::state)
                .orElseThrow(() -> MdmException.notFound("Customer " + id + " as of " + at));
        then.attributes(); // Envers loads collections lazily: load them inside the transaction
        return then;
    }
}
