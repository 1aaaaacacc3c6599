package org.mdmhub.mdm.partner.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.mdmhub.mdm.audit.ChangeReason;
import org.mdmhub.mdm.partner.domain.PartnerRules;
import org.mdmhub.mdm.partner.domain.Supplier;
import org.mdmhub.mdm.partner.domain.SupplierAttributes;
import org.mdmhub.mdm.partner.domain.Suppliers;
import org.mdmhub.mdm.platform.locking.LockVersions;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/** Use cases of a steward working on supplier drafts: create and revise. Each is one transaction. */
@ApplicationScoped
@Transactional
public class SupplierDrafting {

    @Inject
    Suppliers suppliers;

    @Inject
    PartnerRules rules;

    @Inject
    ChangeReason reason;

    @Inject
    Clock clock;

    public SupplierSnapshot create(SupplierAttributes attributes) {
        Supplier supplier = Supplier.draft(attributes, rules, clock.instant());
        if (suppliers.existsWithNumber(attributes.supplierNumber())) {
            throw new MdmException(ProblemType.CONFLICT, "Supplier " + attributes.supplierNumber() + " already exists",
                    List.of(new FieldError("supplierNumber", "supplier " + attributes.supplierNumber() + " already exists")));
        }
        reason.defaultTo("created");
        suppliers.add(supplier);
        return SupplierSnapshot.of(suppliers.flushed(supplier));
    }

    /** Revises a draft, provided the caller saw its current state ({@code expectedLockVersion}). */
    public SupplierSnapshot revise(UUID id, long expectedLockVersion, SupplierAttributes attributes) {
        Supplier supplier = suppliers.byId(id).orElseThrow(() -> MdmException.notFound("Supplier " + id));
        LockVersions.requireSeen(expectedLockVersion, supplier.lockVersion(), "Supplier " + supplier.number(), supplier.version());
        // a reader without the finance role sends back the masked IBANs it was shown: they mean "unchanged"
        SupplierAttributes wanted = supplier.unmasking(attributes);
        supplier.revise(wanted, rules, clock.instant());
        return SupplierSnapshot.of(suppliers.flushed(supplier));
    }
}
