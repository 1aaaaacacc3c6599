package org.mdmhub.mdm.partner.domain;

import org.mdmhub.mdm.lifecycle.domain.LifecycleState;

/**
 * Filters for listing customers; a null filter matches everything.
 *
 * @param numberPrefix customers whose number starts with this
 * @param nameContains customers whose legal name contains this, ignoring case
 */
public record CustomerSearch(String numberPrefix, String nameContains, String country, LifecycleState state,
                             CreditStatus creditStatus) {
}
