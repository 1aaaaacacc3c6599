package org.mdmhub.mdm.keys.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A golden record's keys at one subscription of a target that keys records by an external id and holds them under
 * database ids of its own (Odoo): {@code mdm.item_<golden id>} in model {@code product.template} as id 42.
 *
 * @param system       the target system ({@value #ODOO})
 * @param subscription the subscription that delivered the record there
 */
public record TargetKey(String system, UUID subscription, String externalId, String model, long databaseId) {
    /** The name the key cross-reference gives Odoo targets, in answers and in {@code system=} queries. */
    public static final String ODOO = "odoo";

    public TargetKey {
        Objects.requireNonNull(system);
        Objects.requireNonNull(subscription);
        Objects.requireNonNull(externalId);
        Objects.requireNonNull(model);
    }
}
