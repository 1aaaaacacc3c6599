package org.mdmhub.mdm.partner.application;

import java.time.Instant;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.partner.domain.Customer;
import org.mdmhub.mdm.partner.domain.CustomerAttributes;

/**
 * A customer as it is (or was, at one audited revision), taken inside the use case's transaction: content with its
 * lines, identity, lifecycle state and both version numbers. Readers get this value rather than the entity, so
 * nothing lazy or managed outlives the transaction, and a past state read from the audit tables looks exactly
 * like the current one.
 */
public record CustomerSnapshot(
        UUID id,
        CustomerAttributes attributes,
        LifecycleState state,
        int version,
        long lockVersion,
        Instant createdAt,
        Instant updatedAt) {

    public static CustomerSnapshot of(Customer customer) {
        return new CustomerSnapshot(customer.id(), customer.attributes(), customer.state(), customer.version(), customer.lockVersion(),
                customer.createdAt(), customer.updatedAt());
    }
}
