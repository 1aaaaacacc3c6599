package org.mdmhub.mdm.item.domain;

import org.mdmhub.mdm.lifecycle.domain.LifecycleState;

/**
 * Filters for listing items; a null filter matches everything.
 *
 * @param numberPrefix items whose number starts with this
 * @param nameContains items whose name contains this, ignoring case
 */
public record ItemSearch(String numberPrefix, String nameContains, LifecycleState state, ItemType type) {
}
