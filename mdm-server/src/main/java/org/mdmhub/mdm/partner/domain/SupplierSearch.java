package org.mdmhub.mdm.partner.domain;

import org.mdmhub.mdm.lifecycle.domain.LifecycleState;

/**
 * Filters for listing suppliers; a null filter matches everything.
 *
 * @param numberPrefix suppliers whose number starts with this
 * @param nameContains suppliers whose legal name contains this, ignoring case
 */
public record SupplierSearch(String numberPrefix, String nameContains, String country, LifecycleState state) {
}
