package org.mdmhub.mdm.partner.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.mdmhub.mdm.audit.ChangeReason;
import org.mdmhub.mdm.partner.domain.Customer;
import org.mdmhub.mdm.partner.domain.CustomerAttributes;
import org.mdmhub.mdm.partner.domain.Customers;
import org.mdmhub.mdm.partner.domain.PartnerRules;
import org.mdmhub.mdm.platform.locking.LockVersions;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/** Use cases of a steward working on customer drafts: create and revise. Each is one transaction. */
@ApplicationScoped
@Transactional
public class CustomerDrafting {

    @Inject
    Customers customers;

    @Inject
    PartnerRules rules;

    @Inject
    ChangeReason reason;

    @Inject
    Clock clock;

    public CustomerSnapshot create(CustomerAttributes attributes) {
        Customer customer = Customer.draft(attributes, rules, clock.instant());
        if (customers.existsWithNumber(attributes.customerNumber())) {
            throw new MdmException(ProblemType.CONFLICT, "Customer " + attributes.customerNumber() + " already exists",
                    List.of(new FieldError("customerNumber", "customer " + attributes.customerNumber() + " already exists")));
        }
        reason.defaultTo("created");
        customers.add(customer);
        return CustomerSnapshot.of(customers.flushed(customer));
    }

    /** Revises a draft, provided the caller saw its current state ({@code expectedLockVersion}). */
    public CustomerSnapshot revise(UUID id, long expectedLockVersion, CustomerAttributes attributes) {
        Customer customer = customers.byId(id).orElseThrow(() -> MdmException.notFound("Customer " + id));
        LockVersions.requireSeen(expectedLockVersion, customer.lockVersion(), "Customer " + customer.number(), customer.version());
        customer.revise(attributes, rules, clock.instant());
        return CustomerSnapshot.of(customers.flushed(customer));
    }
}
