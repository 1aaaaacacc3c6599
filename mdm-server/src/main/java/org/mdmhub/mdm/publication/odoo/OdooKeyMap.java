package org.mdmhub.mdm.publication.odoo;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The hub's memory of Odoo database ids per subscription, so BOM lines and read-backs need no lookup per
 * record. Only a cache: the truth is the external id in Odoo ({@code ir.model.data}), and everything the
 * connector finds missing here it recovers from there; a lost or stale key map costs calls, not correctness.
 */
public interface OdooKeyMap {

    /** The keys known for these names (names without a key are left out). */
    Map<String, OdooKey> find(UUID subscriptionId, Collection<String> externalNames);

    /** Adds or replaces keys. Implementations commit on their own: a failed delivery must not undo them. */
    void save(UUID subscriptionId, Collection<OdooKey> keys);

    /** Drops keys found to be stale (the record was deleted in Odoo). */
    void forget(UUID subscriptionId, Collection<String> externalNames);
}
