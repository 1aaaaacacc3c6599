package org.mdmhub.mdm.partner.application;

import java.time.Instant;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.partner.domain.Supplier;
import org.mdmhub.mdm.partner.domain.SupplierAttributes;

/**
 * A supplier as it is (or was, at one audited revision), taken inside the use case's transaction: content with its
 * lines, identity, lifecycle state and both version numbers. Readers get this value rather than the entity, so
 * nothing lazy or managed outlives the transaction, and a past state read from the audit tables looks exactly
 * like the current one.
 */
public record SupplierSnapshot(
        UUID id,
        SupplierAttributes attributes,
        LifecycleState state,
        int version,
        long lockVersion,
        Instant createdAt,
        Instant updatedAt) {

    public static SupplierSnapshot of(Supplier supplier) {
        return new SupplierSnapshot(supplier.id(), supplier.attributes(), supplier.state(), supplier.version(), supplier.lockVersion(),
                supplier.createdAt(), supplier.updatedAt());
    }
}
