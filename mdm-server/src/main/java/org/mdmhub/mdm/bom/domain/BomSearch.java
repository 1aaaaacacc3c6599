package org.mdmhub.mdm.bom.domain;

import org.mdmhub.mdm.lifecycle.domain.LifecycleState;

/**
 * Filters for listing BOMs; a null filter matches everything.
 *
 * @param parentNumberPrefix BOMs whose parent item number starts with this
 * @param componentNumber    BOMs with a line using this item number (pinned or floating)
 * @param plant              BOMs that apply in this plant: those naming it, and those naming no plant
 */
public record BomSearch(String parentNumberPrefix, String componentNumber, LifecycleState state, BomType type, String plant) {
}
